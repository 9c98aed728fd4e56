/**
 * Watched runs that failed (or completed with errors) and that the operator has not looked
 * at yet: the tab's title counts them and the favicon gets a red dot. In memory only: a
 * reload is a look. No React in here; the title hook and the watch feature subscribe.
 */
const unseen = new Set<string>();
const listeners = new Set<() => void>();
let count = 0;

function changed(): void {
  count = unseen.size;
  listeners.forEach((l) => l());
}

export function addUnseenAlert(key: string): void {
  if (unseen.has(key)) return;
  unseen.add(key);
  changed();
}

/** The operator looked: at one run (its page), or at all of them (the watch menu). */
export function markSeen(key?: string): void {
  if (key === undefined ? unseen.size === 0 : !unseen.delete(key)) return;
  if (key === undefined) unseen.clear();
  changed();
}

export function unseenAlertCount(): number {
  return count;
}

export function subscribeUnseenAlerts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
