import { useId } from 'react';
import { useCurrentUser } from '@/hooks/use-current-user';
import { canTriggerPoll } from '@/lib/auth/policy';
import { useTriggerPollCycle } from '../api/trigger-poll';

/**
 * "Run polling cycle" (001's POST /pipelines/poll). Viewers see it unavailable with the
 * reason beside it rather than not at all, so they know the action exists and whom to ask;
 * aria-disabled, not disabled, so it keeps keyboard focus and reads its reason as its
 * description. The name never changes while the cycle runs: tests and screen readers find it by name.
 */
export function RunPollingCycleButton() {
  const user = useCurrentUser();
  const permission = canTriggerPoll(user);
  const trigger = useTriggerPollCycle();
  const reasonId = useId();
  const busy = trigger.isPending;
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <button
        type="button"
        onClick={() => {
          if (permission.allowed && !busy) trigger.mutate();
        }}
        aria-disabled={!permission.allowed || busy || undefined}
        aria-describedby={permission.allowed ? undefined : reasonId}
        aria-busy={busy}
        className="inline-flex h-8 items-center gap-2 rounded border border-run bg-run px-3 text-sm font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run aria-disabled:cursor-not-allowed aria-disabled:border-slate-300 aria-disabled:bg-slate-100 aria-disabled:text-slate-600 dark:aria-disabled:border-slate-700 dark:aria-disabled:bg-slate-900 dark:aria-disabled:text-slate-400"
      >
        <svg
          viewBox="0 0 16 16"
          width="14"
          height="14"
          aria-hidden="true"
          className={busy ? 'animate-spin' : undefined}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        >
          <path d="M13.5 8A5.5 5.5 0 1 1 8 2.5c1.8 0 3.3.8 4.3 2.1M12.5 1.8v2.9H9.6" />
        </svg>
        Run polling cycle
      </button>
      {permission.allowed ? null : (
        <p id={reasonId} className="max-w-xs text-xs text-slate-600 sm:text-right dark:text-slate-400">
          {permission.reason}
        </p>
      )}
      {trigger.isError ? (
        <p role="alert" className="max-w-xs text-xs text-orange-800 sm:text-right dark:text-fail">
          {trigger.error.message}
        </p>
      ) : null}
    </div>
  );
}
