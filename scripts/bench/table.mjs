/**
 * Bench results: one row per figure, printed as one table. A figure that could not be
 * measured is a FAIL, never a silent gap.
 */

/** @typedef {{ figure: string, measured: string, budget: string, status: 'PASS' | 'FAIL' | 'INFO', note?: string }} Row */

/** @returns {Row} */
export function judged(figure, measured, budget, ok, note) {
  return { figure, measured, budget, status: ok ? 'PASS' : 'FAIL', note };
}

/** @returns {Row} */
export function info(figure, measured, note) {
  return { figure, measured, budget: '—', status: 'INFO', note };
}

/** @returns {Row} */
export function notMeasured(figure, budget, reason) {
  return { figure, measured: `not measured (${reason})`, budget, status: 'FAIL' };
}

export class PageMissingError extends Error {
  constructor(what) {
    super(`page missing: ${what}`);
    this.reason = `page missing: ${what}`;
  }
}

/** A figure's rows, or FAIL rows naming why it could not be measured. */
export async function measureSafely(figures, measure) {
  try {
    return await measure();
  } catch (error) {
    const reason =
      error?.reason ??
      `error: ${String(error?.message ?? error)
        .split('\n')[0]
        .slice(0, 160)}`;
    if (!error?.reason) console.error(error);
    return figures.map(([figure, budget]) => notMeasured(figure, budget, reason));
  }
}

function pad(text, width) {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

export function formatConsoleTable(rows) {
  const header = ['figure', 'measured', 'budget', 'result'];
  const cells = rows.map((r) => [r.figure, r.measured, r.budget, r.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((text, i) => pad(text, widths[i])).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

export function formatMarkdownTable(rows) {
  const escape = (text) => text.replaceAll('|', '\\|');
  return [
    '| figure | measured | budget | result |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${escape(r.figure)} | ${escape(r.measured)} | ${escape(r.budget)} | ${r.status} |`),
  ].join('\n');
}

export function formatNotes(rows) {
  return rows.filter((r) => r.note).map((r) => `- ${r.figure}: ${r.note}`);
}
