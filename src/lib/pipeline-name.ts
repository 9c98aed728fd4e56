import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiGet } from './api-client';

const pipelineNameSchema = z.object({ id: z.string(), name: z.string() });

export type PipelineName = z.output<typeof pipelineNameSchema>;

/**
 * A pipeline's name, for pages that address it by id but show or need its name: the run
 * page's breadcrumb, and the checkpoints page (the Feldera endpoints, 000 and 004, take the
 * name). Its own key under ['pipelines', id], so it never overwrites the pipeline page's
 * fuller record of the same pipeline; a rename is rare, the next visit picks it up.
 */
export const pipelineNameQuery = (pipelineId: string) =>
  queryOptions({
    queryKey: ['pipelines', pipelineId, 'name'],
    queryFn: ({ signal }) =>
      apiGet({ path: `/api/v1/pipelines/${encodeURIComponent(pipelineId)}`, schema: pipelineNameSchema, signal }),
    staleTime: 5 * 60_000,
  });
