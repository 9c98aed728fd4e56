import { isApiError } from '@/lib/api-error';
import type { CompletionStatus } from '../api/completion-status';

/**
 * What a completion-token check came to, from the query's state. One kind per answer of
 * 000, so each gets its own words; transient failures are being retried by the query,
 * so they say "retrying" rather than "failed".
 */
export type RetryReason = 'not-deployed' | 'unreachable' | 'unavailable' | 'internal' | 'no-answer';

export type CompletionOutcome =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'complete'; step: bigint | null }
  | { kind: 'inprogress' }
  | { kind: 'unknown-status'; status: string }
  | { kind: 'invalid-token'; apiMessage: string | undefined }
  | { kind: 'unknown-pipeline'; apiMessage: string | undefined }
  | { kind: 'gone'; apiMessage: string | undefined }
  | { kind: 'retrying'; reason: RetryReason; apiMessage: string | undefined }
  | { kind: 'failed'; error: unknown };

export interface CompletionQueryState {
  token: string;
  data: CompletionStatus | undefined;
  /** Set once the query gave up: only non-transient failures get here. */
  error: unknown;
  /** The last attempt's failure while the query keeps retrying. */
  failureReason: unknown;
}

export function completionOutcome({ token, data, error, failureReason }: CompletionQueryState): CompletionOutcome {
  if (token === '') return { kind: 'idle' };
  const failure = error ?? failureReason;
  if (failure) return outcomeOfFailure(failure);
  if (!data) return { kind: 'checking' };
  if (data.status === 'complete') return { kind: 'complete', step: data.step };
  if (data.status === 'inprogress') return { kind: 'inprogress' };
  return { kind: 'unknown-status', status: data.status };
}

function outcomeOfFailure(failure: unknown): CompletionOutcome {
  if (!isApiError(failure)) return { kind: 'failed', error: failure };
  if (failure.kind === 'http') {
    switch (failure.status) {
      case 400:
        return { kind: 'invalid-token', apiMessage: failure.apiMessage };
      case 404:
        return { kind: 'unknown-pipeline', apiMessage: failure.apiMessage };
      case 410:
        return { kind: 'gone', apiMessage: failure.apiMessage };
    }
  }
  if (failure.isTransient)
    return { kind: 'retrying', reason: retryReason(failure.status, failure.errorCode), apiMessage: failure.apiMessage };
  return { kind: 'failed', error: failure };
}

function retryReason(status: number | undefined, errorCode: string | undefined): RetryReason {
  if (errorCode === 'PipelineInteractionNotDeployed') return 'not-deployed';
  if (errorCode === 'PipelineInteractionUnreachable') return 'unreachable';
  if (status === 500) return 'internal';
  return status === undefined ? 'no-answer' : 'unavailable';
}
