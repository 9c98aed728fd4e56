import { RequireAuth } from '../require-auth';
import { AppLayout } from './app-layout';

/**
 * The signed-in shell as one lazy route module: the header pulls in the API client, its
 * schemas and the lossless JSON parser, none of which the first paint needs.
 */
export function SignedInLayout() {
  return (
    <RequireAuth>
      <AppLayout />
    </RequireAuth>
  );
}
