/**
 * Light, dark, or whatever the system prefers (the default). The choice is kept in
 * localStorage (the only thing Pipewatch keeps there). public/theme-init.js applies the
 * same choice before first paint, so its key and logic must match this file.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_KEY = 'pipewatch.theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia?.('(prefers-color-scheme: dark)');

export function getThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ResolvedTheme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

export function getResolvedTheme(): ResolvedTheme {
  return resolveTheme(getThemeChoice(), darkQuery()?.matches ?? false);
}

function apply(): void {
  const dark = getResolvedTheme() === 'dark';
  document.documentElement.classList.toggle('dark', dark);
  listeners.forEach((listener) => listener());
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    /* storage blocked: the theme still changes for this page's life */
  }
  apply();
}

/** Subscribes to theme changes: the user's choice, or the system's when following it. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  const media = darkQuery();
  const onSystemChange = () => {
    if (getThemeChoice() === 'system') apply();
  };
  media?.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', onSystemChange);
  };
}
