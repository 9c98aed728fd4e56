import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Agrees } from '@/lib/contract';
import type { ApiSchemas } from '@/api';
import { apiGet } from '../api-client';
import { rememberedUser, rememberUser } from '../session';
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

/** What this tab last heard from the API about its user, if it still reads as an answer of /me. */
function userHint(): CurrentUser | undefined {
  const parsed = meSchema.safeParse(rememberedUser());
  return parsed.success ? parsed.data : undefined;
}

/**
 * Who is signed in. Stable for the session: it changes only by signing in again. Asked of
 * the API on every start; until it answers, the tab's remembered answer stands in.
 */
export const meQuery = () =>
  queryOptions<CurrentUser, Error, CurrentUser, readonly ['me']>({
    queryKey: ['me'] as const,
    queryFn: async ({ signal }) => {
      const user = await fetchMe(signal);
      rememberUser(user);
      return user;
    },
    staleTime: Infinity,
    placeholderData: userHint,
  });
