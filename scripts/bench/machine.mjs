import os from 'node:os';

/** What the figures were measured on: they mean little without it. */
export function describeMachine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    /** Other work on the machine skews every timing: the 1-minute load average when the table is printed. */
    load: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

export function formatMachine(m) {
  return `${m.date} · ${m.cores} cores (${m.cpu}) · ${m.memoryGiB} GiB · ${m.os} · Node ${m.node} · Chromium ${m.chromium} · load average ${m.load}`;
}
