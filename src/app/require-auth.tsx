import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { getToken, subscribeToken } from '@/lib/session';
import { signInPath } from '@/features/auth/next-path';

/**
 * Pages behind a token. Watching the token (not just checking it once) means sign-out and a
 * 401 anywhere both land here, and the user comes back to the same place after signing in.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(subscribeToken, getToken);
  const location = useLocation();
  if (!token) return <SignedOut to={signInPath(location)} />;
  return children;
}

/**
 * Forgets every answer of the session that ended. In an effect, so it runs once the signed-in
 * pages have unmounted: cleared any earlier, a page still on screen for that render puts its
 * (empty) queries back into the cache.
 */
function SignedOut({ to }: { to: string }) {
  const queryClient = useQueryClient();
  useEffect(() => queryClient.clear(), [queryClient]);
  return <Navigate to={to} replace />;
}
