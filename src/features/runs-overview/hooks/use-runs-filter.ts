import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseRunsFilter, runsFilterToParams, type RunsFilter } from '../lib/runs-filter';

/** How long typing must pause before the filter text goes into the URL. */
const URL_WRITE_DELAY_MS = 400;

/**
 * The /runs filter, read from and written to the URL (replacing the history entry: a
 * filter is not a page to go Back to). Text is the page's at once and the URL's once typing
 * pauses, as on /pipelines: each URL write re-renders the whole route.
 */
export function useRunsFilter(): [RunsFilter, (next: RunsFilter) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => parseRunsFilter(params), [params]);
  const [typed, setTyped] = useState<{ q: string; over: URLSearchParams } | null>(null);
  const pending = typed?.over === params ? typed.q : null;
  const filter = useMemo(() => (pending === null ? fromUrl : { ...fromUrl, q: pending }), [fromUrl, pending]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setFilter = useCallback(
    (next: RunsFilter) => {
      clearTimeout(timer.current);
      const write = (flushSync: boolean) =>
        setParams((current) => runsFilterToParams(next, current), {
          replace: true,
          preventScrollReset: true,
          flushSync,
        });
      if (next.window !== filter.window || next.statuses.join(',') !== filter.statuses.join(',')) {
        // At once, as on /pipelines (useListState): a status box must not untick until the URL arrives.
        write(true);
        return;
      }
      setTyped({ q: next.q, over: params });
      timer.current = setTimeout(() => write(false), URL_WRITE_DELAY_MS);
    },
    [params, setParams, filter],
  );
  return [filter, setFilter];
}
