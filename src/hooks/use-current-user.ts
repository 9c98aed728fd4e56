import { useQuery } from '@tanstack/react-query';
import { meQuery } from '@/lib/auth/me';
import type { CurrentUser } from '@/lib/auth/me';

/** The signed-in user, or undefined while it loads. */
export function useCurrentUser(): CurrentUser | undefined {
  return useQuery(meQuery()).data;
}
