/**
 * Which clock every time on screen reads: UTC (the default: the API's and the logs' own
 * zone, the same for everyone pasting times into an incident channel) or the browser's
 * local zone. One setting for timestamps, chart axes, tooltips and log lines, kept in
 * localStorage beside the theme.
 */
export type TimeZoneChoice = 'utc' | 'local';

export const TIME_ZONE_KEY = 'pipewatch.timeZone';

const listeners = new Set<() => void>();
/** The choice in force; read from storage once, so blocked storage still lets it change. */
let current: TimeZoneChoice | null = null;

function stored(): TimeZoneChoice {
  try {
    return localStorage.getItem(TIME_ZONE_KEY) === 'local' ? 'local' : 'utc';
  } catch {
    return 'utc';
  }
}

export function getTimeZoneChoice(): TimeZoneChoice {
  current ??= stored();
  return current;
}

export function setTimeZoneChoice(choice: TimeZoneChoice): void {
  current = choice;
  try {
    if (choice === 'utc') localStorage.removeItem(TIME_ZONE_KEY);
    else localStorage.setItem(TIME_ZONE_KEY, choice);
  } catch {
    /* storage blocked: the choice holds for this page's life */
  }
  listeners.forEach((listener) => listener());
}

const onStorage = (event: StorageEvent) => {
  if (event.key !== TIME_ZONE_KEY && event.key !== null) return;
  // Another tab changed the setting (or cleared storage): follow it here too.
  current = stored();
  listeners.forEach((listener) => listener());
};

export function subscribeTimeZone(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Forgets the cached choice, so the next read comes from storage (tests). */
export function reloadTimeZoneChoice(): void {
  current = null;
}
