import { spawn } from 'node:child_process';

/**
 * Child processes the bench starts (demo API, preview server). Each runs in its own
 * process group so stopping it also stops whatever it spawned, and only that.
 */
const running = new Set();

export function startService(name, command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const keep = (chunk) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const service = { name, child, output: () => output.join('') };
  running.add(service);
  child.on('exit', () => running.delete(service));
  return service;
}

/** Resolves once `url` answers at all (any HTTP status), or throws with the service's output. */
export async function waitForHttp(service, url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} exited with code ${service.child.exitCode}:\n${service.output()}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${service.name} did not answer ${url} within ${timeoutMs} ms:\n${service.output()}`);
}

export async function stopService(service) {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAllServices() {
  await Promise.all([...running].map(stopService));
}
