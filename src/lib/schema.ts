import { z } from 'zod';

/**
 * Schema helpers for reading the API tolerantly (DESIGN.md): unknown fields are
 * dropped, unknown enum values are kept as strings, and int64 fields stay exact.
 */

/** A string enum that keeps values it does not know: the type still lists the known ones. */
export function tolerantEnum<const T extends readonly string[]>(_known: T) {
  return z.string() as unknown as z.ZodType<T[number] | (string & {})>;
}

/** An int64 field: parsed by lib/json as number or bigint, always handed out as bigint. */
export const int64 = z
  .union([z.bigint(), z.number().int()])
  .transform((value) => BigInt(value));

/** A count that the UI does maths with; above 2^53 it would already be wrong in any chart. */
export const count = z.union([z.number(), z.bigint()]).transform((value) => Number(value));

export const isoDateTime = z.string();

/** Error body of every endpoint: `{ message, error_code, details }`. */
export const errorBodySchema = z.object({
  message: z.string().optional(),
  error_code: z.string().optional(),
  details: z.unknown().optional(),
});
