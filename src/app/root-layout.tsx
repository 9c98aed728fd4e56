import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';

// sonner is not needed for the first paint: the toaster arrives right after it.
const ThemedToaster = lazy(async () => ({ default: (await import('./layout/themed-toaster')).ThemedToaster }));

/**
 * Wraps every route, sign-in included, so a toast survives the way to sign-in and back.
 * ScrollRestoration: a page opened from further down another starts at the top, and Back
 * returns to where the reader was (positions in sessionStorage, by history entry). Changes
 * of a page's own query string (filters, a chosen error group, a token) pass
 * `preventScrollReset`, so they leave the reader where they are.
 */
export function RootLayout() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
      <Suspense fallback={null}>
        <ThemedToaster />
      </Suspense>
    </>
  );
}
