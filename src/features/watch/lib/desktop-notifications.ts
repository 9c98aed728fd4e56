/**
 * Desktop notifications, only when the operator turned them on (a click that asks the
 * browser's permission; never asked on page load) and the browser granted them.
 */
const PREF_KEY = 'pipewatch.notifications';
const listeners = new Set<() => void>();

export type NotificationState = 'unsupported' | 'off' | 'on' | 'denied';

function readNotificationState(): NotificationState {
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

/**
 * Kept until something changes it: reading Notification.permission asks the browser process
 * (0.25 ms a read in Chromium), and React reads this on every render of the watch menu.
 */
let known: NotificationState | null = null;

export function notificationState(): NotificationState {
  known ??= readNotificationState();
  return known;
}

function changed(): void {
  known = null;
  listeners.forEach((l) => l());
}

let watchingChanges = false;

/** What changes the state besides this tab's clicks: another tab's choice, and the browser's permission settings. */
function watchChanges(): void {
  if (watchingChanges) return;
  watchingChanges = true;
  window.addEventListener('storage', (event) => {
    if (event.key === PREF_KEY || event.key === null) changed();
  });
  navigator.permissions?.query({ name: 'notifications' }).then(
    (status) => status.addEventListener('change', changed),
    () => {
      /* no Permissions API for notifications: a reload reads the permission again */
    },
  );
}

export function subscribeNotificationState(listener: () => void): () => void {
  watchChanges();
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
  changed();
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
