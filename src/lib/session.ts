/**
 * The API token lives in sessionStorage only: never localStorage, never the URL.
 * It is gone when the tab closes, which is what an operator's shared screen wants.
 */
const KEY = 'pipewatch.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(KEY, token);
  listeners.forEach((l) => l());
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
