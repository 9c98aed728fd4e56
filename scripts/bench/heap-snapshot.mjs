/** Self sizes of a heap snapshot's nodes, summed by node type ("code", "native", "object", "string", …). */
export async function bytesByNodeType(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const totals = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt]];
    totals.set(type, (totals.get(type) ?? 0) + nodes[i + sizeAt]);
  }
  return totals;
}

/**
 * Bytes of the page's heap that are objects, not compiled code (V8's machine code grows as
 * the optimising compilers warm up on a page that polls for minutes, and is not a leak).
 */
export async function objectBytes(cdp) {
  const byType = await bytesByNodeType(cdp);
  const total = [...byType.values()].reduce((sum, bytes) => sum + bytes, 0);
  const code = byType.get('code') ?? 0;
  return { total, code, objects: total - code };
}

/**
 * JS heap in use, DOM nodes (Chromium's count, detached ones still referenced included) and
 * JS event listeners, after garbage collection: twice, since the first pass can leave
 * garbage that finalisers freed.
 */
export async function metricsAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
}
