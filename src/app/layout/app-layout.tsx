import { Outlet } from 'react-router';
import { WatchAgent } from '@/features/watch/components/watch-agent';
import { StaleBanner } from './stale-banner';
import { TopBar } from './top-bar';

/** Every signed-in page: skip link, top bar with the stale-data banner under it, then the page in full width. */
export function AppLayout() {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2 dark:bg-slate-900"
      >
        Skip to main content
      </a>
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <TopBar />
        <StaleBanner />
      </header>
      <WatchAgent />
      <main id="main" tabIndex={-1} className="w-full flex-1 px-4 py-4 focus:outline-none">
        <Outlet />
      </main>
    </div>
  );
}
