/**
 * How many bytes of a minified chunk each source (package) accounts for, read from the
 * chunk's source map: each mapped segment runs until the next one on its line.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

/** One segment's fields (Base64 VLQ, as the source map v3 spec writes them). */
function decodeSegment(text) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** Bytes of generated code per source index, for a chunk's `code` and its source map. */
export function bytesPerSource(code, map) {
  const lines = code.split('\n');
  const bytes = new Array(map.sources.length).fill(0);
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const segments = line
      .split(',')
      .filter(Boolean)
      .map((text) => {
        const [dColumn, dSource] = decodeSegment(text);
        column += dColumn;
        if (dSource !== undefined) source += dSource;
        return { column, source: dSource === undefined ? null : source };
      });
    const length = lines[lineIndex]?.length ?? 0;
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? length;
      if (segment.source !== null) bytes[segment.source] += end - segment.column;
    });
  });
  return bytes;
}
