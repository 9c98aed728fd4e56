/**
 * Desktop notifications, only when the operator turned them on (a click that asks the
 * browser's permission; never asked on page load) and the browser granted them.
 */
const PREF_KEY = 'pipewatch.notifications';
const listeners = new Set<() => void>();

export type NotificationState = 'unsupported' | 'off' | 'on' | 'denied';

export function notificationState(): NotificationState {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  let wanted = false;
  try {
    wanted = localStorage.getItem(PREF_KEY) === 'on';
  } catch {
    /* no storage: off */
  }
  return wanted && Notification.permission === 'granted' ? 'on' : 'off';
}

export function subscribeNotificationState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setWanted(on: boolean): void {
  try {
    if (on) localStorage.setItem(PREF_KEY, 'on');
    else localStorage.removeItem(PREF_KEY);
  } catch {
    /* no storage: nothing to remember */
  }
  listeners.forEach((l) => l());
}

/** Called from a click: asks the browser's permission if it has not been given yet. */
export async function turnNotificationsOn(): Promise<void> {
  if (typeof Notification === 'undefined') return;
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  setWanted(permission === 'granted');
}

export function turnNotificationsOff(): void {
  setWanted(false);
}

/** Shows one notification; a click focuses the tab and opens `onClick`'s target. */
export function notify(title: string, body: string, tag: string, onClick: () => void): void {
  if (notificationState() !== 'on') return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}
