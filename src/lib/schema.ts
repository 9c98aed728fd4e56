import * as z from 'zod/mini';
import type { ApiSchemas } from '@/api';
import type { Agrees } from './contract';

/**
 * Schema helpers for reading the API tolerantly (DESIGN.md): unknown fields are
 * dropped, unknown enum values are kept as strings, and int64 fields stay exact.
 *
 * We use `zod/mini` everywhere, never `zod`: the classic build is about 90 KB gzip and
 * would take most of the first-route budget; mini is about 6 KB for the same checks.
 */

/** A string enum that keeps values it does not know: the type still lists the known ones. */
export function tolerantEnum<const T extends readonly string[]>(_known: T) {
  return z.string() as unknown as z.ZodMiniType<T[number] | (string & {})>;
}

/** An int64 field: parsed by lib/json as number or bigint, always handed out as bigint. */
export const int64 = z.pipe(
  z.union([z.bigint(), z.number().check(z.int())]),
  z.transform((value: bigint | number) => BigInt(value)),
);

/** A count that the UI does maths with; above 2^53 it would already be wrong in any chart. */
export const count = z.pipe(
  z.union([z.number(), z.bigint()]),
  z.transform((value: number | bigint) => Number(value)),
);

/** Error body of every endpoint: `{ message, error_code, details }`. */
export const errorBodySchema = z.object({
  message: z.optional(z.string()),
  error_code: z.optional(z.string()),
  details: z.optional(z.unknown()),
});

export type ErrorBody = Agrees<typeof errorBodySchema, ApiSchemas['ErrorBody']>;
