import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchMe, meQuery, type CurrentUser } from '@/lib/auth/me';
import { rememberUser, setToken } from '@/lib/session';

/**
 * Signing in = asking the API who this token belongs to. Only a token the API accepts is
 * stored (sessionStorage), and the answer seeds the current-user query.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['sign-in'],
    mutationFn: (token: string) => fetchMe(undefined, token),
    // A wrong token is an answer for the form to show, not a session that ended.
    meta: { toast: false, endsSessionOn401: false },
    onSuccess: (user: CurrentUser, token: string) => {
      // Nothing of a previous user's data may show for the new one.
      queryClient.removeQueries();
      setToken(token);
      rememberUser(user);
      queryClient.setQueryData(meQuery().queryKey, user);
    },
  });
}
