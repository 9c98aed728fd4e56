import { useSyncExternalStore, type ReactNode } from 'react';
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
  if (!token) return <Navigate to={signInPath(location)} replace />;
  return children;
}
