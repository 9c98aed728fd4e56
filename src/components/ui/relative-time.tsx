import { useNow } from '@/hooks/use-now';
import { useTimeZone } from '@/hooks/use-time-zone';
import { formatExactTime, formatHappened } from '@/lib/format';

/** When something happened, "3 minutes ago", with the exact time on hover in the chosen zone; re-renders as time passes. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  const now = useNow(15_000);
  const zone = useTimeZone();
  if (!iso) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <time dateTime={iso} title={formatExactTime(iso, zone)} className="break-words">
      {formatHappened(iso, now, zone)}
    </time>
  );
}
