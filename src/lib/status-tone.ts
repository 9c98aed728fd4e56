import { ownValue } from './own-value';

/**
 * How a status looks: one tone per meaning, shared by every status in the app.
 * Unknown values keep their own text and get the "unknown" tone, never an error.
 */
export type StatusTone = 'ok' | 'fail' | 'warn' | 'run' | 'wait' | 'unknown';

export interface StatusLook {
  tone: StatusTone;
  label: string;
}

const RUN_STATUS: Record<string, StatusLook> = {
  pending: { tone: 'wait', label: 'Pending' },
  running: { tone: 'run', label: 'Running' },
  completed: { tone: 'ok', label: 'Completed' },
  failed: { tone: 'fail', label: 'Failed' },
  completed_with_errors: { tone: 'warn', label: 'Completed with errors' },
};

/** 001's run statuses; anything else is shown as the API wrote it. */
export function runStatusLook(status: string | null | undefined): StatusLook {
  if (status === null || status === undefined || status === '') return { tone: 'wait', label: 'No runs yet' };
  return ownValue(RUN_STATUS, status) ?? { tone: 'unknown', label: status };
}
