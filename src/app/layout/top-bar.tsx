import { Link, NavLink } from 'react-router';
import { PipewatchLogo } from '@/components/ui/pipewatch-logo';
import { WatchMenu } from '@/features/watch/components/watch-menu';
import { PollingControl } from './polling-control';
import { ThemeToggle } from './theme-toggle';
import { TimeZoneToggle } from './time-zone-toggle';
import { UpdatedAgo } from './updated-ago';
import { UserMenu } from './user-menu';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 ${isActive ? 'bg-slate-100 font-medium dark:bg-slate-800' : 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'}`;

/** The narrow bar on every page: product, navigation, polling, time zone, theme, user. Wraps to two rows on a phone. */
export function TopBar() {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 sm:gap-x-4 py-1.5 text-sm">
      <Link to="/pipelines" className="flex items-center gap-1.5 font-semibold tracking-tight" aria-label="Pipewatch">
        <PipewatchLogo />
        <span className="hidden sm:inline">Pipewatch</span>
      </Link>
      <nav aria-label="Main">
        <NavLink to="/pipelines" className={navClass}>
          Pipelines
        </NavLink>
        <NavLink to="/runs" className={navClass}>
          Runs
        </NavLink>
      </nav>
      <div className="order-last flex w-full flex-wrap items-center gap-x-3 gap-y-1 sm:order-none sm:ml-auto sm:w-auto">
        <PollingControl />
        <UpdatedAgo />
      </div>
      <div className="ml-auto flex min-w-0 items-center gap-1 sm:ml-0">
        <WatchMenu />
        <TimeZoneToggle />
        <ThemeToggle />
        <UserMenu />
      </div>
    </div>
  );
}
