import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { count, tolerantEnum } from '@/lib/schema';
import { RUN_STATUSES } from '@/features/runs/api/schemas';

/**
 * A pipeline as the list, the single-pipeline endpoint and 001's poll answer send it.
 * Only id and name are required (DESIGN.md): a sparser or richer body still renders.
 */
export const pollingSchema = z.object({
  enabled: z.nullish(z.boolean()),
  intervalMinutes: z.nullish(count),
  touchFile: z.nullish(z.string()),
  prefix: z.nullish(z.string()),
  deleteAfterProcess: z.nullish(z.boolean()),
});

export const pipelineSchema = z.object({
  id: z.string(),
  name: z.string(),
  connector: z.nullish(z.string()),
  connectorType: z.nullish(z.string()),
  polling: z.nullish(pollingSchema),
  lastRunAt: z.nullish(z.string()),
  lastRunStatus: z.nullish(tolerantEnum(RUN_STATUSES)),
});

export type Polling = Agrees<typeof pollingSchema, ApiSchemas['PollingConfig']>;
export type Pipeline = Agrees<typeof pipelineSchema, ApiSchemas['Pipeline']>;
