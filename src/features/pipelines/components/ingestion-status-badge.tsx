import { StatusBadge } from '@/components/ui/status-badge';
import { ingestionStatusLook } from '../utils/ingestion-status-look';

/** A circle struck through: cancelled, as distinct from the clock of "not started". */
function CancelledIcon() {
  return (
    <svg
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      className="shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
    >
      <circle cx="8" cy="8" r="7" />
      <path d="M3.2 12.8l9.6-9.6" />
    </svg>
  );
}

/** 002's ingestion status as icon + word + colour; an unknown value appears exactly as sent. */
export function IngestionStatusBadge({ status }: { status: string | null | undefined }) {
  const look = ingestionStatusLook(status);
  return (
    <StatusBadge
      tone={look.tone}
      label={look.label}
      title={status ? `status: ${status}` : look.label}
      icon={look.glyph === 'cancelled' ? <CancelledIcon /> : undefined}
    />
  );
}
