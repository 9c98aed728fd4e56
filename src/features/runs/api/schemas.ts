import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { count, tolerantEnum } from '@/lib/schema';

/**
 * Pieces shared by the run endpoints, read tolerantly: absent or null fields become one
 * empty value per kind (undefined for counts, null for texts, [] for lists), so components
 * handle one case, not three.
 */
export const RUN_STATUSES = ['pending', 'running', 'completed', 'failed', 'completed_with_errors'] as const;
export const LOAD_STRATEGIES = ['append', 'upsert', 'replace'] as const;

export const runStatusSchema = tolerantEnum(RUN_STATUSES);
export const loadStrategySchema = tolerantEnum(LOAD_STRATEGIES);

/** Absent or null → undefined. */
export function orUndefined<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? undefined),
  );
}

/** Absent or null → null. */
export function orNull<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<T> | null | undefined) => value ?? null),
  );
}

/** Absent or null → []. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((value: z.output<T>[] | null | undefined) => value ?? []),
  );
}

/** A count the page can do without: shown as "—" when absent. */
export const optionalCount = orUndefined(count);
export const text = orNull(z.string());

export const logEntrySchema = z.object({
  stage: text,
  message: z.pipe(
    z.nullish(z.string()),
    z.transform((value: string | null | undefined) => value ?? ''),
  ),
  timestamp: text,
});

export type LogEntry = Agrees<typeof logEntrySchema, ApiSchemas['LogEntry']>;

export const logSchema = listOf(logEntrySchema);

/** A cell as the source sent it: numbers and booleans become their text, null stays null. */
const cellValue = z.pipe(
  z.nullish(z.union([z.string(), z.number(), z.bigint(), z.boolean()])),
  z.transform((value: string | number | bigint | boolean | null | undefined) =>
    value === null || value === undefined ? null : String(value),
  ),
);

export const validationErrorSchema = z.object({
  row: count,
  column: text,
  value: cellValue,
  error: text,
});

export type ValidationError = Agrees<typeof validationErrorSchema, ApiSchemas['ValidationError']>;

/**
 * GET /api/v1/pipelines/{id}/runs/{runId}/errors?offset=&limit= (001, paged as DESIGN.md adds).
 * Here, not beside its fetcher, because the worker that validates the pages imports it.
 */
export const runErrorsPageSchema = z.object({
  total: optionalCount,
  errors: z.array(validationErrorSchema),
});

/** The page knows which run it asked for, so it leaves `runId` unread. */
export type RunErrorsBody = Agrees<typeof runErrorsPageSchema, ApiSchemas['ValidationErrorList'], 'runId'>;

export const runMetadataSchema = orNull(
  z.object({
    retryOf: text,
    resumeFromRow: optionalCount,
    resumable: orUndefined(z.boolean()),
  }),
);

export type RunMetadata = NonNullable<Agrees<typeof runMetadataSchema, ApiSchemas['RunMetadata']>>;
