import { Outlet } from 'react-router';
import { ThemedToaster } from './layout/themed-toaster';

/** Wraps every route, sign-in included, so a toast survives the way to sign-in and back. */
export function RootLayout() {
  return (
    <>
      <Outlet />
      <ThemedToaster />
    </>
  );
}
