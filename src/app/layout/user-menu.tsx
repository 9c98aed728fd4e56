import { useCurrentUser } from '@/hooks/use-current-user';
import { clearToken } from '@/lib/session';

/** Who is signed in, with which role, and the way out. */
export function UserMenu() {
  const user = useCurrentUser();
  // RequireAuth then clears every cached answer and goes to sign-in.
  const signOut = clearToken;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="flex min-w-0 items-center gap-1.5" data-testid="current-user">
        <span className="max-w-[7rem] truncate font-medium sm:max-w-[14rem]" title={user?.name}>
          {user?.name ?? '…'}
        </span>
        {user ? (
          <span className="rounded border border-slate-300 px-1.5 py-px text-xs text-slate-600 dark:border-slate-600 dark:text-slate-300">
            {user.role}
          </span>
        ) : null}
      </span>
      <button
        type="button"
        onClick={signOut}
        className="inline-flex items-center rounded px-1.5 py-1 text-slate-700 hover:bg-slate-100 sm:px-2 dark:text-slate-200 dark:hover:bg-slate-800"
        title="Sign out"
      >
        <svg
          viewBox="0 0 16 16"
          width="15"
          height="15"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="sm:hidden"
        >
          <path d="M6 2.5H3v11h3M10.5 5L13.5 8l-3 3M13.5 8H6" />
        </svg>
        <span className="sr-only sm:not-sr-only">Sign out</span>
      </button>
    </div>
  );
}
