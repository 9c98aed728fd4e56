/**
 * Bytes of the page's heap that are objects, not compiled code: a heap snapshot's nodes
 * summed by self size, without the "code" type (V8's machine code, which grows as the
 * optimising compilers warm up on a page that polls for minutes, and is not a leak).
 */
export async function objectBytes(cdp) {
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
  let total = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    total += nodes[i + sizeAt];
    if (typeNames[nodes[i + typeAt]] === 'code') code += nodes[i + sizeAt];
  }
  return { total, code, objects: total - code };
}
