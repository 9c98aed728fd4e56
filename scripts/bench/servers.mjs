import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startService, waitForHttp } from './processes.mjs';

const bin = (name) => join('node_modules', '.bin', name);

/**
 * The production build, pointed at the demo API over HTTP by its config.json. Hidden
 * source maps (no comment in the bundle, so the JavaScript is byte for byte what ships)
 * let the size figure name the packages in each chunk.
 */
export async function buildApp(outDir, apiUrl) {
  const args = [
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--manifest',
    '--sourcemap',
    'hidden',
    '--logLevel',
    'warn',
  ];
  try {
    await promisify(execFile)(bin('vite'), args, {
      maxBuffer: 16 * 2 ** 20,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    // eslint-disable-next-line no-control-regex -- rolldown colours its errors whatever NO_COLOR says
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
    const cause = output.split('\n').find((line) => /\[[A-Z_]+\]|error TS|Error:/.test(line)) ?? 'see the output above';
    throw new Error(`vite build failed: ${cause.trim()}\n${output}`);
  }
  writeFileSync(join(outDir, 'config.json'), JSON.stringify({ apiBaseUrl: apiUrl }) + '\n');
}

/** The demo API over HTTP (mocks/http-server.ts), answering on `apiUrl`. */
export async function startDemoApi(port, apiUrl) {
  if (!existsSync('mocks/http-server.ts')) throw new Error('mocks/http-server.ts does not exist yet');
  const service = startService('demo API', bin('tsx'), ['mocks/http-server.ts'], { PORT: String(port) });
  await waitForHttp(service, `${apiUrl}/api/v1/me`);
  return service;
}

/** `vite preview`, so the build is served with the same headers (CSP) as `npm run preview`. */
export async function startPreview(outDir, port, webUrl) {
  const service = startService('vite preview', bin('vite'), [
    'preview',
    '--outDir',
    outDir,
    '--port',
    String(port),
    '--strictPort',
  ]);
  await waitForHttp(service, webUrl);
  return service;
}
