import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCompletionStatus } from '../api/completion-status';
import { completionOutcome } from '../utils/completion-outcome';
import { CompletionResult } from './completion-result';
import { CompletionTokenForm } from './completion-token-form';
import { NextCheckCountdown } from './next-check-countdown';

/**
 * Checks a completion token (000). The token lives in the URL (`?token=`), so a pasted
 * link reproduces the check; an answer of "in progress" is asked again until complete.
 */
export function CompletionCheck({ pipelineName }: { pipelineName: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const token = (searchParams.get('token') ?? '').trim();
  const { query, pollMs } = useCompletionStatus(pipelineName, token);
  // Checking an empty field hides the earlier token's result until the next check.
  const [emptied, setEmptied] = useState(false);
  const outcome = completionOutcome({
    token,
    data: query.data,
    error: query.error,
    failureReason: query.failureReason,
  });

  function check(next: string) {
    setEmptied(false);
    if (next === token) {
      void query.refetch();
      return;
    }
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('token', next);
        return params;
      },
      // The same page with another token: ScrollRestoration would otherwise jump to the top.
      { preventScrollReset: true },
    );
  }

  return (
    <section
      aria-labelledby="completion-heading"
      className="space-y-3 rounded border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="completion-heading" className="text-sm font-semibold">
        Completion status
      </h2>
      {/* Remount on a new URL token (back / forward) so the field shows what is being checked. */}
      <CompletionTokenForm
        key={token}
        initialToken={token}
        busy={query.isFetching}
        onCheck={check}
        onEmpty={() => setEmptied(true)}
      />
      <div className="min-h-16 space-y-1">
        {emptied ? null : <CompletionResult outcome={outcome} pipelineName={pipelineName} />}
        {!emptied && outcome.kind === 'inprogress' ? (
          <NextCheckCountdown updatedAt={query.dataUpdatedAt} pollMs={pollMs} fetching={query.isFetching} />
        ) : null}
      </div>
    </section>
  );
}
