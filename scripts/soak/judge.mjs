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

/** One page's rows: each figure from first to last sample against the growth budget, then its errors and polls. */
export function judgePage({ spec, errors, expectedFailures, polls }, first, last, pollsAtFirst, maxGrowth) {
  const rows = FIGURES.map(([label, key, show]) => {
    const pct = growth(first[key], last[key]);
    return judged(
      `${spec.name}: ${label}`,
      `${signed(pct)} (${show(first[key])} → ${show(last[key])})`,
      `< ${maxGrowth} %`,
      pct < maxGrowth,
    );
  });
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
      String(polls.count - pollsAtFirst),
      `elements in the document ${first.elements} → ${last.elements}; answers ≥ 400 the contract expects: ${expectedFailures.length}`,
    ),
  );
  return rows;
}

/**
 * A page polled for `hours` against the same page freshly opened on the same data: what
 * polling alone kept. The heap is judged by the app's own objects (a heap snapshot without
 * V8's compiled code, which a page that has run for hours has more of, and without Blink's
 * native objects); the whole JS heap is shown beside it.
 */
export function judgeAgainstFresh(name, hours, polled, fresh, maxGrowth) {
  const versus = `polled ${hours} h vs opened fresh on the same data`;
  const objects = growth(fresh.objects, polled.objects);
  const rows = [
    judged(
      `${name}: app objects (heap snapshot), ${versus}`,
      `${signed(objects)} (${mb(fresh.objects)} → ${mb(polled.objects)})`,
      `< ${maxGrowth} %`,
      objects < maxGrowth,
    ),
  ];
  for (const [label, key, show] of FIGURES.slice(1)) {
    const pct = growth(fresh[key], polled[key]);
    rows.push(
      judged(
        `${name}: ${label}, ${versus}`,
        `${signed(pct)} (${show(fresh[key])} → ${show(polled[key])})`,
        `< ${maxGrowth} %`,
        pct < maxGrowth,
      ),
    );
  }
  const heap = growth(fresh.heap, polled.heap);
  rows.push(
    info(
      `${name}: JS heap after GC, ${versus}`,
      `${signed(heap)} (${mb(fresh.heap)} → ${mb(polled.heap)})`,
      'includes compiled code',
    ),
  );
  return rows;
}
