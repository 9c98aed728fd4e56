import { info, judged } from '../bench/table.mjs';

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const plain = (n) => String(Math.round(n));
const growth = (from, to) => (from === 0 ? 0 : ((to - from) / from) * 100);
const signed = (pct) => `${pct >= 0 ? '+' : ''}${pct.toFixed(1)} %`;

const FIGURES = [
  ['JS heap after GC', 'heap', mb],
  ['DOM nodes after GC', 'nodes', plain],
  ['JS event listeners', 'listeners', plain],
];

/** "+4.2 % (5.9 MB → 6.2 MB)" and its growth in %. */
function change(from, to, show) {
  const pct = growth(from, to);
  return { pct, text: `${signed(pct)} (${show(from)} → ${show(to)})` };
}

/** A figure's growth from `from` to `to`, judged against the budget. */
function judgedGrowth(label, from, to, show, maxGrowth) {
  const { pct, text } = change(from, to, show);
  return judged(label, text, `< ${maxGrowth} %`, pct < maxGrowth);
}

/** One page's rows: each figure from first to last sample against the growth budget, then its errors and polls. */
export function judgePage({ spec, errors, expectedFailures, polls }, first, last, pollsAtFirst, maxGrowth) {
  const rows = FIGURES.map(([label, key, show]) =>
    judgedGrowth(`${spec.name}: ${label}`, first[key], last[key], show, maxGrowth),
  );
  rows.push(
    judged(
      `${spec.name}: console errors`,
      String(errors.length),
      '0',
      errors.length === 0,
      errors.slice(0, 3).join(' | ') || undefined,
    ),
    info(
      `${spec.name}: polls while measured`,
      String(polls.seen.length - pollsAtFirst),
      `elements in the document ${first.elements} → ${last.elements}; answers ≥ 400 the contract expects: ${expectedFailures.length}`,
    ),
  );
  return rows;
}

/** The JS heap from an early figure, before V8 has compiled the hot functions: shown, not judged. */
export function earlyHeapRow(name, minutes, early, last) {
  return info(
    `${name}: JS heap after GC, minute ${minutes} → end`,
    change(early.heap, last.heap, mb).text,
    'includes V8 compiling the hot functions to machine code during the warm-up',
  );
}

/**
 * A page polled for `hours` against the same page freshly opened on the same data: what
 * polling alone kept. The heap is judged by the app's own objects (a heap snapshot without
 * V8's compiled code, which a page that has run for hours has more of, and without Blink's
 * native objects); the whole JS heap is shown beside it.
 */
export function judgeAgainstFresh(name, hours, polled, fresh, maxGrowth) {
  const versus = `polled ${hours} h vs opened fresh on the same data`;
  return [
    judgedGrowth(`${name}: app objects (heap snapshot), ${versus}`, fresh.objects, polled.objects, mb, maxGrowth),
    ...FIGURES.slice(1).map(([label, key, show]) =>
      judgedGrowth(`${name}: ${label}, ${versus}`, fresh[key], polled[key], show, maxGrowth),
    ),
    info(`${name}: JS heap after GC, ${versus}`, change(fresh.heap, polled.heap, mb).text, 'includes compiled code'),
  ];
}
