import type { StatusLook } from '@/lib/status-tone';
import { ownValue } from '@/lib/own-value';

/**
 * How 002's ingestion statuses look. CANCELLED shares the grey of NOT_STARTED but has its
 * own glyph, so the two differ by shape and word, not only by what the tooltip says.
 */
export interface IngestionLook extends StatusLook {
  glyph?: 'cancelled';
  /** One line that says what the status means for the operator. */
  hint: string;
}

const LOOKS: Record<string, IngestionLook> = {
  NOT_STARTED: { tone: 'wait', label: 'Not started', hint: 'No ingestion has run for this deployment yet.' },
  IN_PROGRESS: { tone: 'run', label: 'In progress', hint: 'An ingestion job is running now.' },
  SUCCESS: { tone: 'ok', label: 'Success', hint: 'The last ingestion finished without errors.' },
  ERROR: { tone: 'fail', label: 'Error', hint: 'The last ingestion failed; the steps below say where.' },
  PARTIAL_SUCCESS: {
    tone: 'warn',
    label: 'Partial success',
    hint: 'Some steps failed; the rest of the data was ingested.',
  },
  CANCELLED: {
    tone: 'wait',
    label: 'Cancelled',
    glyph: 'cancelled',
    hint: 'The last ingestion was cancelled before it finished.',
  },
};

/** Known statuses get a word and a tone; anything else is shown exactly as the API wrote it. */
export function ingestionStatusLook(status: string | null | undefined): IngestionLook {
  if (!status) return { tone: 'unknown', label: 'No status', hint: 'The API did not report an ingestion status.' };
  return (
    ownValue(LOOKS, status) ?? {
      tone: 'unknown',
      label: status,
      hint: 'A status this version of Pipewatch does not know yet.',
    }
  );
}
