import { ShowMoreButton, useFirstItems } from '@/components/ui/show-more';
import { useTimeZone } from '@/hooks/use-time-zone';
import { describeTimeZone, formatClockTime, formatExactTime, parseTime } from '@/lib/format';
import type { TimeZoneChoice } from '@/lib/time-zone';
import { useRunProgress, type RunProgress } from '../api/get-run-progress';
import type { LogEntry } from '../api/schemas';
import { useFollowScroll } from '../hooks/use-follow-scroll';
import { RunPanel } from './run-panel';

const selectLog = (progress: RunProgress) => progress.log;

/** Newest lines shown at first: a log of ten thousand lines must not put forty thousand elements on the page. */
const LINES_SHOWN = 200;

/** The time of day in the chosen zone, with the date in front when it is not today. */
function timeOf(entry: LogEntry, zone: TimeZoneChoice): string {
  const time = parseTime(entry.timestamp);
  return time === null ? (entry.timestamp ?? '—') : formatClockTime(time, zone);
}

const NO_LINES: readonly LogEntry[] = [];

/**
 * The run's log (stage, message, time), following new entries while the run is live: the
 * newest 200 lines, and earlier ones on request.
 */
export function RunLog({ pipelineId, runId, live }: { pipelineId: string; runId: string; live: boolean }) {
  const all = useRunProgress(pipelineId, runId, selectLog).data ?? NO_LINES;
  const { shown: log, hidden, showMore } = useFirstItems(all, LINES_SHOWN, 'end');
  const { ref, onScroll } = useFollowScroll<HTMLOListElement>(all.length, live);
  const zone = useTimeZone();
  const zoneName = describeTimeZone(zone);
  const times = log.map((entry) => timeOf(entry, zone));
  // Lines from another day carry their date: widen the time column for all, so columns stay
  // aligned. On a phone that leaves the message no room, so it takes a line of its own there.
  const dated = times.some((t) => t.length > 8);
  const columns = dated
    ? 'grid-cols-[10.5rem_5.5rem] sm:grid-cols-[10.5rem_5.5rem_1fr]'
    : 'grid-cols-[4.5rem_5.5rem_1fr]';
  const messageSpan = dated ? 'col-span-full sm:col-span-1' : '';
  return (
    <RunPanel
      title="Log"
      actions={
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {live ? `following new entries · times in ${zoneName}` : `times in ${zoneName}`}
        </span>
      }
    >
      {log.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No log entries yet.</p>
      ) : (
        <div className="flex flex-col gap-2">
          <ShowMoreButton
            hidden={hidden}
            pageSize={LINES_SHOWN}
            noun="log entries"
            which="earlier"
            onClick={showMore}
          />
          <ol
            ref={ref}
            onScroll={onScroll}
            tabIndex={0}
            aria-label="Run log entries"
            className="max-h-72 space-y-0.5 overflow-y-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950/60"
          >
            {log.map((entry, i) => (
              <li key={hidden + i} className={`grid ${columns} gap-x-2`}>
                <time
                  dateTime={entry.timestamp ?? undefined}
                  title={formatExactTime(entry.timestamp, zone)}
                  className="truncate text-slate-500 dark:text-slate-400"
                >
                  {times[i]}
                </time>
                <span
                  className={`truncate ${entry.stage === 'error' ? 'font-semibold' : 'text-slate-600 dark:text-slate-300'}`}
                  title={entry.stage ?? undefined}
                >
                  {entry.stage ?? '—'}
                </span>
                <span className={`break-words whitespace-pre-wrap ${messageSpan}`}>{entry.message}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </RunPanel>
  );
}
