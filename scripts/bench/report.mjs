import { mkdirSync, writeFileSync } from 'node:fs';
import { formatMachine } from './machine.mjs';
import { formatConsoleTable, formatMarkdownTable, formatNotes } from './table.mjs';

/** Prints the one table, and keeps a Markdown copy (bench-results/, not committed) for docs/benchmarks.md. */
export function report(rows, machine, settings) {
  const notes = formatNotes(rows);
  console.log(`\nPipewatch bench · ${formatMachine(machine)}\n`);
  console.log(formatConsoleTable(rows));
  if (notes.length) console.log(`\nNotes:\n${notes.join('\n')}`);
  const failed = rows.filter((r) => r.status === 'FAIL').length;
  console.log(`\n${failed === 0 ? 'All figures within budget.' : `${failed} figure(s) over budget or not measured.`}`);

  const markdown = [
    `Measured ${machine.date} on ${formatMachine(machine)}.`,
    `Settings: ${JSON.stringify(settings)}`,
    '',
    formatMarkdownTable(rows),
    '',
    ...notes,
    '',
  ].join('\n');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.md', markdown);
  writeFileSync('bench-results/latest.json', JSON.stringify({ machine, settings, rows }, null, 2) + '\n');
  return failed;
}
