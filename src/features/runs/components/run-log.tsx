import { formatExactTime } from '@/lib/format';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import type { LogEntry } from '../api/schemas';
import { useFollowScroll } from '../hooks/use-follow-scroll';
import { RunPanel } from './run-panel';

const selectLog = (progress: RunProgress) => progress.log;

const clock = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

function timeOf(entry: LogEntry): string {
  const time = entry.timestamp ? Date.parse(entry.timestamp) : Number.NaN;
  return Number.isNaN(time) ? (entry.timestamp ?? '—') : clock.format(time);
}

/** The run's log (stage, message, time), following new entries while the run is live. */
export function RunLog({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const log = useRunProgress(pipelineId, runId, selectLog).data ?? [];
  const { ref, onScroll } = useFollowScroll<HTMLOListElement>(log.length, live);
  return (
    <RunPanel
      title="Log"
      actions={
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {live ? 'following new entries · times in UTC' : 'times in UTC'}
        </span>
      }
    >
      {log.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No log entries yet.</p>
      ) : (
        <ol
          ref={ref}
          onScroll={onScroll}
          tabIndex={0}
          aria-label="Run log entries"
          className="max-h-72 space-y-0.5 overflow-y-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950/60"
        >
          {log.map((entry, i) => (
            <li key={i} className="grid grid-cols-[4.5rem_5.5rem_1fr] gap-x-2">
              <time
                dateTime={entry.timestamp ?? undefined}
                title={formatExactTime(entry.timestamp)}
                className="truncate text-slate-500 dark:text-slate-400"
              >
                {timeOf(entry)}
              </time>
              <span
                className={`truncate ${entry.stage === 'error' ? 'font-semibold' : 'text-slate-600 dark:text-slate-300'}`}
                title={entry.stage ?? undefined}
              >
                {entry.stage ?? '—'}
              </span>
              <span className="break-words whitespace-pre-wrap">{entry.message}</span>
            </li>
          ))}
        </ol>
      )}
    </RunPanel>
  );
}
