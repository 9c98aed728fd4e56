import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { pipelinePath, runPagePath } from '@/lib/app-paths';
import { markSeen, subscribeUnseenAlerts, unseenAlertCount } from '@/lib/watch-alerts';
import {
  notificationState,
  subscribeNotificationState,
  turnNotificationsOff,
  turnNotificationsOn,
} from '../lib/desktop-notifications';
import { togglePipelineWatch, toggleRunWatch, watchCount } from '../lib/watch-store';
import { useWatchList } from '../hooks/use-watch-list';

const ITEM = 'flex items-center justify-between gap-2 px-3 py-1.5';
const SMALL_BUTTON =
  'shrink-0 rounded px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-run dark:text-slate-300 dark:hover:bg-slate-800';

/**
 * The top bar's list of what is watched: each removable, plus the desktop-notification switch.
 * A disclosure (WAI-ARIA APG), not role="menu": the panel holds links, buttons and sentences,
 * reached with Tab. Escape closes it and gives focus back to its button; so does a click outside
 * or Tab past its end.
 */
export function WatchMenu() {
  const list = useWatchList();
  const unseen = useSyncExternalStore(subscribeUnseenAlerts, unseenAlertCount);
  const notifications = useSyncExternalStore(subscribeNotificationState, notificationState);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const count = watchCount(list);

  useEffect(() => {
    if (!open) return;
    // Opening the menu is looking at what it lists.
    markSeen();
    const outside = (target: EventTarget | null) => !(target instanceof Node && box.current?.contains(target));
    const onMouseDown = (event: MouseEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', onMouseDown);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('mousedown', onMouseDown);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [open]);

  return (
    <div ref={box} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1 rounded px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Watching <span className="tabular-nums">{count}</span>
        {unseen > 0 ? (
          <span className="rounded-full bg-fail px-1.5 text-xs font-semibold text-white tabular-nums">
            {unseen} new
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label="Watched runs and pipelines"
          className="absolute right-0 z-30 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {count === 0 ? (
            <p className="px-3 py-2 text-slate-600 dark:text-slate-400">
              Nothing watched. Press “Watch” on a run or a pipeline to be told when it ends or fails.
            </p>
          ) : (
            <ul aria-label="Watched">
              {list.runs.map(({ pipelineId, runId }) => (
                <li key={`${pipelineId}/${runId}`} className={ITEM}>
                  <Link
                    to={runPagePath(pipelineId, runId)}
                    className="min-w-0 truncate font-mono text-xs hover:underline"
                  >
                    {runId} <span className="font-sans text-slate-500">({pipelineId})</span>
                  </Link>
                  <button
                    type="button"
                    className={SMALL_BUTTON}
                    onClick={() => toggleRunWatch(pipelineId, runId)}
                    aria-label={`Stop watching ${runId}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
              {list.pipelines.map((pipelineId) => (
                <li key={pipelineId} className={ITEM}>
                  <Link to={pipelinePath(pipelineId)} className="min-w-0 truncate hover:underline">
                    Pipeline <span className="font-mono text-xs">{pipelineId}</span>
                  </Link>
                  <button
                    type="button"
                    className={SMALL_BUTTON}
                    onClick={() => togglePipelineWatch(pipelineId)}
                    aria-label={`Stop watching ${pipelineId}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="mt-1 border-t border-slate-200 px-3 pt-2 pb-1 text-xs dark:border-slate-700">
            {notifications === 'on' ? (
              <button type="button" className={SMALL_BUTTON} onClick={turnNotificationsOff}>
                Turn desktop notifications off
              </button>
            ) : notifications === 'off' ? (
              <button type="button" className={SMALL_BUTTON} onClick={() => void turnNotificationsOn()}>
                Turn desktop notifications on
              </button>
            ) : (
              <p className="text-slate-600 dark:text-slate-400">
                {notifications === 'denied'
                  ? 'Desktop notifications are blocked for this site in the browser’s settings.'
                  : 'This browser has no desktop notifications.'}
              </p>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
