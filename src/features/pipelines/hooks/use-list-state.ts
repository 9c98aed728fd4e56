import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { listStateToParams, parseListState, type ListState } from '../utils/list-url-state';

/**
 * The list's filter and sort, read from and written to the URL. Updates replace the
 * history entry: typing a filter must not leave one Back step per keystroke.
 */
export function useListState(): [ListState, (next: ListState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const setState = useCallback(
    (next: ListState) => setParams((current) => listStateToParams(next, current), { replace: true }),
    [setParams],
  );
  return [state, setState];
}
