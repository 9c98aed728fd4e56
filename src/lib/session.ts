/**
 * The API token lives in sessionStorage only: never localStorage, never the URL.
 * It is gone when the tab closes, which is what an operator's shared screen wants.
 */
const KEY = 'pipewatch.token';
/** Who the API last said the token belongs to: a hint for the first paint only (see rememberedUser). */
const USER_KEY = 'pipewatch.user';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** A new token is a new user: what was remembered of the last one goes with the old token. */
export function setToken(token: string): void {
  sessionStorage.removeItem(USER_KEY);
  sessionStorage.setItem(KEY, token);
  listeners.forEach((l) => l());
}

export function clearToken(): void {
  sessionStorage.removeItem(USER_KEY);
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

/**
 * The API's last answer to "who am I" in this tab, unchecked (the caller validates it), or
 * undefined. It lets a reload show the signed-in user's page as it will be from the first
 * paint, instead of "Checking your role…" and then a shift. Only a hint: the API decides
 * every request, and the app asks it again on each start.
 */
export function rememberedUser(): unknown {
  try {
    const raw = sessionStorage.getItem(USER_KEY);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function rememberUser(user: object): void {
  try {
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  } catch {
    /* storage full or blocked: the next start asks the API before showing the role */
  }
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
