/**
 * The operator's polling choice, shared by every page: paused, or a multiple of each
 * page's base interval (1× = live, 5× = calm). Kept for the tab's session.
 */
export interface PollingPreferences {
  paused: boolean;
  multiplier: number;
}

export const POLL_MULTIPLIERS = [1, 2, 5, 15] as const;

const KEY = 'pipewatch.polling';
const listeners = new Set<() => void>();
let current: PollingPreferences = read();

function read(): PollingPreferences {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<PollingPreferences>) : {};
    const multiplier = POLL_MULTIPLIERS.find((m) => m === parsed.multiplier) ?? 1;
    return { paused: parsed.paused === true, multiplier };
  } catch {
    return { paused: false, multiplier: 1 };
  }
}

export function getPollingPreferences(): PollingPreferences {
  return current;
}

export function setPollingPreferences(next: Partial<PollingPreferences>): void {
  current = { ...current, ...next };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    /* storage full or blocked: the choice still holds for this page's life */
  }
  listeners.forEach((listener) => listener());
}

export function subscribePollingPreferences(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
