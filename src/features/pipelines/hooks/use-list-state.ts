import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { listStateToParams, parseListState, type ListState } from '../utils/list-url-state';

/** How long typing must pause before the filter text goes into the URL. */
export const URL_WRITE_DELAY_MS = 400;

/**
 * The list's filter and sort, read from and written to the URL. Updates replace the
 * history entry: typing a filter must not leave one Back step per keystroke.
 *
 * Filter text is the list's at once but the URL's only once typing pauses: each URL write
 * is a router navigation that re-renders the whole route, which over 5,000 pipelines made
 * every keystroke a long task. Any other change (sort, status) is written at once, with
 * the text typed so far, and rendered at once (flushSync): a status box is a controlled input,
 * and a URL that arrived later (a transition) left it unticked for a moment, so a second box
 * ticked in that moment was computed from the state before the first.
 */
export function useListState(): [ListState, (next: ListState) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => parseListState(params), [params]);
  const [typed, setTyped] = useState<{ q: string; over: URLSearchParams; written?: string } | null>(null);
  // Typing belongs to the URL it was typed over: Back or a link replaces it. Our own write of
  // earlier text does not: the router commits it a little later (a transition), and keys typed
  // in between must not be lost.
  const pending = typed && (typed.over === params || typed.written === fromUrl.q) ? typed.q : null;
  const state = useMemo(() => (pending === null ? fromUrl : { ...fromUrl, q: pending }), [fromUrl, pending]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setState = useCallback(
    (next: ListState) => {
      clearTimeout(timer.current);
      const write = (flushSync: boolean) =>
        setParams((current) => listStateToParams(next, current), {
          replace: true,
          preventScrollReset: true,
          flushSync,
        });
      const onlyText =
        next.statuses.join() === state.statuses.join() && next.sort === state.sort && next.dir === state.dir;
      if (!onlyText) {
        write(true);
        return;
      }
      setTyped((current) => ({ q: next.q, over: params, written: current?.written }));
      timer.current = setTimeout(() => {
        setTyped((current) => current && { ...current, written: next.q });
        write(false);
      }, URL_WRITE_DELAY_MS);
    },
    [params, setParams, state],
  );
  return [state, setState];
}
