import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { usePollInterval } from '@/hooks/use-poll-interval';
import type { RunErrorsPage } from '../api/get-run-errors';
import { runErrorSummaryQuery, type ErrorGroup } from '../api/get-run-error-summary';
import type { ErrorGroupsAnswer } from '../workers/error-groups-protocol';
import { createGroupCounter, type GroupCounter } from '../workers/group-counter';

export interface ErrorGroupsView {
  /** Largest first; null until the API or the browser has counted. */
  groups: ErrorGroup[] | null;
  /** How many errors the groups count. */
  counted: number;
  /** Counted by the browser from the error pages, because the API has no summary (404). */
  inBrowser: boolean;
  /** The summary request failed (not a 404). */
  error: unknown;
}

/** The API's summary of a run's errors; null once it has answered 404. Refreshes with the errors while live. */
export function useRunErrorSummary(pipelineId: string, runId: string, live: boolean) {
  const pollMs = usePollInterval('run');
  return useQuery(runErrorSummaryQuery(pipelineId, runId, live ? pollMs : false));
}

/**
 * The error groups: the API's summary when it has one, else counted in a Web Worker from
 * the error pages loaded so far (`pages`, only asked for after the API's 404).
 */
export function useErrorGroups(
  summary: ReturnType<typeof useRunErrorSummary>,
  pages: ReadonlyMap<number, RunErrorsPage> | null,
): ErrorGroupsView {
  // Nothing to count before the first error page: a run that does not exist answers 404 to
  // the summary too, and must not start a worker (its script request, cut short when the
  // not-found page replaces the run page, never ends for the browser's network tracking).
  const countable = summary.data === null && pages !== null && pages.size > 0;
  const browser = useBrowserErrorGroups(countable ? pages : null);
  if (summary.data === null) {
    return { groups: browser?.groups ?? null, counted: browser?.counted ?? 0, inBrowser: true, error: null };
  }
  return {
    groups: summary.data?.groups ?? null,
    counted: summary.data?.total ?? 0,
    inBrowser: false,
    error: summary.error,
  };
}

/** Sends each page to the counter once per version of it (a live refresh sends page 0 again). */
function useBrowserErrorGroups(pages: ReadonlyMap<number, RunErrorsPage> | null): ErrorGroupsAnswer | null {
  const [answer, setAnswer] = useState<ErrorGroupsAnswer | null>(null);
  const counter = useRef<GroupCounter | null>(null);
  const sent = useRef(new Map<number, RunErrorsPage>());
  const active = pages !== null;

  useEffect(() => {
    if (!active) return;
    const created = createGroupCounter(setAnswer);
    counter.current = created;
    sent.current = new Map();
    return () => {
      created.close();
      counter.current = null;
    };
  }, [active]);

  useEffect(() => {
    const target = counter.current;
    if (!target || !pages) return;
    for (const [offset, page] of pages) {
      if (sent.current.get(offset) === page) continue;
      sent.current.set(offset, page);
      target.post({ offset, rows: page.errors.map(({ column, error }) => ({ column, error })) });
    }
  }, [pages, active]);

  return active ? answer : null;
}
