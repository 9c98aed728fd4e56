import { useEffect, useSyncExternalStore } from 'react';
import { subscribeUnseenAlerts, unseenAlertCount } from '@/lib/watch-alerts';

/**
 * Sets the tab's title, e.g. "run_001 · Daily Customer Import · Pipewatch"; undefined while
 * loading keeps the product name. Watched failures not yet looked at come first, "(2) …",
 * so a background tab says it has news.
 */
export function useDocumentTitle(title: string | undefined): void {
  const unseen = useSyncExternalStore(subscribeUnseenAlerts, unseenAlertCount);
  useEffect(() => {
    const base = title ? `${title} · Pipewatch` : 'Pipewatch';
    document.title = unseen > 0 ? `(${unseen}) ${base}` : base;
  }, [title, unseen]);
}
