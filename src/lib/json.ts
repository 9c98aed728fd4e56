import { isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * JSON.parse rounds integers above 2^53 (checkpoint fingerprints are u64).
 * Numbers that fit a double exactly become `number`; integers that do not become
 * `bigint`; a non-integer beyond double precision stays a `number` (precision of
 * fractions is not something the API promises).
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (value: string) => {
    if (isSafeNumber(value)) return Number(value);
    if (/^-?\d+$/.test(value)) return BigInt(value);
    return Number(value);
  });
}

/** JSON with bigint written as plain digits (the wire format for int64). */
export function stringifyJson(value: unknown, space?: number): string {
  return stringify(value, undefined, space) ?? 'null';
}
