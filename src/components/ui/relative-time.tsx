import { useNow } from '@/hooks/use-now';
import { formatExactTime, formatRelative } from '@/lib/format';

/** "3 minutes ago", with the exact UTC time on hover; re-renders as time passes. */
export function RelativeTime({ iso }: { iso: string | null | undefined }) {
  const now = useNow(15_000);
  if (!iso) return <span className="text-slate-500">—</span>;
  return (
    <time dateTime={iso} title={formatExactTime(iso)} className="break-words">
      {formatRelative(iso, now)}
    </time>
  );
}
