import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';

// sonner is not needed for the first paint: the toaster arrives right after it.
const ThemedToaster = lazy(async () => ({ default: (await import('./layout/themed-toaster')).ThemedToaster }));

/** Wraps every route, sign-in included, so a toast survives the way to sign-in and back. */
export function RootLayout() {
  return (
    <>
      <Outlet />
      <Suspense fallback={null}>
        <ThemedToaster />
      </Suspense>
    </>
  );
}
