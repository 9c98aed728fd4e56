import { runStatusLook } from '@/lib/status-tone';
import { StatusBadge } from './status-badge';

/** A pipeline run's status (001), known or not. */
export function RunStatusBadge({ status }: { status: string | null | undefined }) {
  const look = runStatusLook(status);
  return <StatusBadge tone={look.tone} label={look.label} title={status ? `status: ${status}` : look.label} />;
}
