import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/** How long typing must pause before the filter text goes into the URL. */
const URL_WRITE_DELAY_MS = 400;

/** How a page's filter lives in the URL: read from the query string, and written over it. */
export interface UrlFilterCodec<T extends { q: string }> {
  parse: (params: URLSearchParams) => T;
  toParams: (filter: T, base: URLSearchParams) => URLSearchParams;
}

/** Whether two filters differ only in their text. */
function sameButText<T extends { q: string }>(codec: UrlFilterCodec<T>, a: T, b: T): boolean {
  const withoutText = (filter: T) => codec.toParams({ ...filter, q: '' }, new URLSearchParams()).toString();
  return withoutText(a) === withoutText(b);
}

/**
 * A list page's filter (text, statuses, sort…), read from and written to the URL, so a
 * link reproduces the view. Updates replace the history entry: typing a filter must not
 * leave one Back step per keystroke.
 *
 * Filter text is the page's at once but the URL's only once typing pauses: each URL write
 * is a router navigation that re-renders the whole route, which over 5,000 pipelines made
 * every keystroke a long task. Any other change (sort, status, window) is written at once,
 * with the text typed so far, and rendered at once (flushSync): a status box is a controlled
 * input, and a URL that arrived later (a transition) left it unticked for a moment, so a
 * second box ticked in that moment was computed from the state before the first.
 */
export function useUrlFilter<T extends { q: string }>(codec: UrlFilterCodec<T>): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => codec.parse(params), [codec, params]);
  const [typed, setTyped] = useState<{ q: string; over: URLSearchParams; written?: string } | null>(null);
  // Typing belongs to the URL it was typed over: Back or a link replaces it. Our own write of
  // earlier text does not: the router commits it a little later (a transition), and keys typed
  // in between must not be lost.
  const pending = typed && (typed.over === params || typed.written === fromUrl.q) ? typed.q : null;
  const filter = useMemo(() => (pending === null ? fromUrl : { ...fromUrl, q: pending }), [fromUrl, pending]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setFilter = useCallback(
    (next: T) => {
      clearTimeout(timer.current);
      const write = (flushSync: boolean) =>
        setParams((current) => codec.toParams(next, current), { replace: true, preventScrollReset: true, flushSync });
      if (!sameButText(codec, next, filter)) {
        write(true);
        return;
      }
      setTyped((current) => ({ q: next.q, over: params, written: current?.written }));
      timer.current = setTimeout(() => {
        setTyped((current) => current && { ...current, written: next.q });
        write(false);
      }, URL_WRITE_DELAY_MS);
    },
    [codec, params, setParams, filter],
  );
  return [filter, setFilter];
}
