import { useEffect, useState } from 'react';
import type { ValidationError } from '../api/schemas';
import { computeErrorView, type ErrorFilter, type ErrorSort } from '../lib/error-view';

export interface ErrorView {
  /** The sorted and filtered rows; null until the first result for the current inputs. */
  rows: ValidationError[] | null;
  /** A newer result is being computed; `rows` is the previous one meanwhile. */
  computing: boolean;
}

/**
 * Sorts and filters every row in time slices (lib/error-view), abandoning a computation
 * as soon as its inputs change. The previous result stays on screen until the new one is ready.
 */
export function useErrorView(
  all: readonly ValidationError[] | null,
  sort: ErrorSort | null,
  filter: ErrorFilter,
): ErrorView {
  const [result, setResult] = useState<{ inputs: unknown[]; rows: ValidationError[] } | null>(null);
  const inputs = [all, sort, filter];
  const current = result !== null && inputs.every((input, i) => input === result.inputs[i]);

  useEffect(() => {
    if (all === null) return;
    const controller = new AbortController();
    computeErrorView(all, { sort, filter }, { signal: controller.signal }).then(
      (rows) => setResult({ inputs: [all, sort, filter], rows }),
      () => undefined, // aborted: a newer computation owns the result
    );
    return () => controller.abort();
  }, [all, sort, filter]);

  return { rows: all === null ? null : (result?.rows ?? null), computing: all !== null && !current };
}
