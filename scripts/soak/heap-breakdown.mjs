import { bytesByNodeType } from '../bench/heap-snapshot.mjs';

/**
 * Where the heap is, from a heap snapshot: compiled code (V8 tiers hot code up over
 * minutes, then stops), native objects (Blink's, among them the network data DevTools
 * keeps because the test drives the page through the DevTools protocol), and the
 * JavaScript objects, strings and arrays that the app itself holds.
 */
const GROUPS = { code: 'compiled code', native: 'native (Blink, DevTools buffers)' };
export const APP_OBJECTS = 'app objects, strings, arrays';

export async function heapBreakdown(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const totals = { [GROUPS.code]: 0, [GROUPS.native]: 0, [APP_OBJECTS]: 0 };
  for (const [type, bytes] of await bytesByNodeType(cdp)) totals[GROUPS[type] ?? APP_OBJECTS] += bytes;
  return totals;
}
