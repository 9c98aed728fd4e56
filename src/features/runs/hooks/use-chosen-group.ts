import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ChosenGroup } from '../lib/error-groups';

/**
 * The error table's column and message filter, kept in the URL (`?column=email&error=…`)
 * so a link reproduces it. Updates replace the history entry, as the pipelines filter does.
 */
export function useChosenGroup(): [ChosenGroup, (next: ChosenGroup) => void] {
  const [params, setParams] = useSearchParams();
  const column = params.get('column');
  const error = params.get('error');
  const chosen = useMemo(() => ({ column, error }), [column, error]);
  const choose = useCallback(
    (next: ChosenGroup) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          for (const key of ['column', 'error'] as const) {
            const value = next[key];
            if (value === null) out.delete(key);
            else out.set(key, value);
          }
          return out;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  return [chosen, choose];
}
