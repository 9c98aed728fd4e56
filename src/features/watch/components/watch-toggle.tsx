import { isRunWatched, togglePipelineWatch, toggleRunWatch } from '../lib/watch-store';
import { useWatchList } from '../hooks/use-watch-list';

type Target = { pipelineId: string; runId: string } | { pipelineId: string; runId?: undefined };

/** "Watch": a toggle button (aria-pressed) for a run or a pipeline; the operator is told when it ends or fails. */
export function WatchToggle(target: Target) {
  const list = useWatchList();
  const pressed =
    target.runId === undefined
      ? list.pipelines.includes(target.pipelineId)
      : isRunWatched(list, target.pipelineId, target.runId);
  const what = target.runId === undefined ? 'this pipeline’s newest run fails' : 'this run ends';
  return (
    <button
      type="button"
      aria-pressed={pressed}
      title={pressed ? `Watching: you are told when ${what}` : `Be told when ${what}, also while the tab is hidden`}
      onClick={() => {
        if (target.runId === undefined) togglePipelineWatch(target.pipelineId);
        else toggleRunWatch(target.pipelineId, target.runId);
      }}
      className={`inline-flex h-8 items-center gap-1.5 rounded border px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run ${pressed ? 'border-run bg-run/10 text-sky-900 dark:border-info dark:text-info' : 'border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900'}`}
    >
      <svg
        viewBox="0 0 16 16"
        width="14"
        height="14"
        aria-hidden="true"
        fill={pressed ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.4"
      >
        <path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z" />
        <circle cx="8" cy="8" r="2" fill={pressed ? '#fff' : 'none'} />
      </svg>
      Watch
    </button>
  );
}
