import { useSyncExternalStore, type ReactNode } from 'react';
import { THEME_CHOICES, getThemeChoice, setThemeChoice, subscribeTheme, type ThemeChoice } from '../theme';

/** "System" is a half-light, half-dark disc (not a monitor, which reads as a device indicator). */
const ICONS: Record<ThemeChoice, ReactNode> = {
  system: (
    <>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 2a6 6 0 000 12z" fill="currentColor" />
    </>
  ),
  light: (
    <path d="M8 5a3 3 0 100 6 3 3 0 000-6zM8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.5 1.5M11.5 11.5L13 13M3 13l1.5-1.5M11.5 4.5L13 3" />
  ),
  dark: <path d="M13 9.5A5.5 5.5 0 116.5 3a4.5 4.5 0 006.5 6.5z" />,
};

/** Cycles the theme: follow the system, light, dark. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribeTheme, getThemeChoice);
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length] ?? 'system';
  return (
    <button
      type="button"
      onClick={() => setThemeChoice(next)}
      aria-label={`Theme: ${choice}`}
      title={`Theme: ${choice} (switch to ${next})`}
      className="inline-flex h-7 w-7 items-center justify-center rounded text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <svg
        viewBox="0 0 16 16"
        width="15"
        height="15"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      >
        {ICONS[choice]}
      </svg>
    </button>
  );
}
