import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatCount } from '@/lib/format';
import type { StatusTone } from '@/lib/status-tone';
import type { CompletionOutcome, RetryReason } from '../utils/completion-outcome';

const RETRY_SENTENCES: Record<RetryReason, string> = {
  'not-deployed': 'The pipeline is not deployed, so it cannot answer for this token.',
  unreachable: 'The pipeline cannot be reached right now.',
  internal: 'The API had an internal error while checking this token.',
  unavailable: 'The API is unavailable right now.',
  'no-answer': 'The API did not answer.',
};

interface Look {
  tone: StatusTone;
  label: string;
  message: ReactNode;
  apiMessage?: string | undefined;
}

function lookOf(outcome: CompletionOutcome, pipelineName: string): Look | null {
  switch (outcome.kind) {
    case 'idle':
    case 'failed':
      return null;
    case 'checking':
      return { tone: 'wait', label: 'Checking', message: 'Asking the pipeline about this token…' };
    case 'complete':
      return {
        tone: 'ok',
        label: 'Complete',
        message:
          outcome.step === null
            ? 'The pipeline has processed all the input behind this token.'
            : `The pipeline has processed all the input behind this token, up to step ${formatCount(outcome.step)}.`,
      };
    case 'inprogress':
      return {
        tone: 'run',
        label: 'In progress',
        message: 'The pipeline is still processing the input behind this token.',
      };
    case 'unknown-status':
      return {
        tone: 'unknown',
        label: outcome.status,
        message: `The API answered with a status this page does not know: “${outcome.status}”.`,
      };
    case 'invalid-token':
      return {
        tone: 'fail',
        label: 'Invalid token',
        message:
          'The pipeline does not accept this as a completion token. Check that it was copied whole, from this pipeline’s ingress answer.',
        apiMessage: outcome.apiMessage,
      };
    case 'unknown-pipeline':
      return {
        tone: 'fail',
        label: 'Unknown pipeline',
        message: `The pipeline “${pipelineName}” does not exist (any more), so its tokens cannot be checked.`,
        apiMessage: outcome.apiMessage,
      };
    case 'gone':
      return {
        tone: 'warn',
        label: 'No longer tracked',
        message: (
          <>
            This token came from a previous incarnation of the pipeline. Since it was issued, the pipeline was suspended
            and resumed from a checkpoint, or restarted after a failure; the pipeline running now does not know the
            token, so it can no longer tell whether that input was processed.{' '}
            <a href="#checkpoints">See the checkpoints above</a> for the state it resumed from.
          </>
        ),
        apiMessage: outcome.apiMessage,
      };
    case 'retrying':
      return {
        tone: 'wait',
        label: 'Retrying',
        message: `${RETRY_SENTENCES[outcome.reason]} Retrying with backoff; this updates by itself.`,
        apiMessage: outcome.apiMessage,
      };
  }
}

/** The answer to a completion-token check: icon + word, a plain sentence, and the API's own words where it sent any. */
export function CompletionResult({ outcome, pipelineName }: { outcome: CompletionOutcome; pipelineName: string }) {
  if (outcome.kind === 'failed') return <ErrorAlert error={outcome.error} title="The check failed" />;
  const look = lookOf(outcome, pipelineName);
  if (!look) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Paste a completion token returned by the pipeline’s <code className="font-mono text-xs">/ingress</code> or{' '}
        <code className="font-mono text-xs">/completion_token</code> endpoint to see whether the pipeline has processed
        that input.
      </p>
    );
  }
  return (
    <div role="status" className="space-y-1 text-sm">
      <StatusBadge tone={look.tone} label={look.label} />
      <p className="break-words [&_a]:text-run [&_a]:underline dark:[&_a]:text-info">{look.message}</p>
      {look.apiMessage ? (
        <p className="text-xs break-words text-slate-600 dark:text-slate-400">The API said: “{look.apiMessage}”</p>
      ) : null}
    </div>
  );
}
