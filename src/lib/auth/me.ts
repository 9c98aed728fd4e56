import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { apiGet } from '../api-client';
import { tolerantEnum } from '../schema';

export const ROLES = ['admin', 'editor', 'viewer'] as const;

export const meSchema = z.object({
  name: z.string(),
  role: tolerantEnum(ROLES),
});

export type CurrentUser = Agrees<typeof meSchema, ApiSchemas['Me']>;

export function fetchMe(signal?: AbortSignal, token?: string): Promise<CurrentUser> {
  return apiGet({
    path: '/api/v1/me',
    schema: meSchema,
    signal,
    headers: token ? { Authorization: `Bearer ${token}` } : undefined,
  });
}

/** Who is signed in. Stable for the session: it changes only by signing in again. */
export const meQuery = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Infinity,
  });
