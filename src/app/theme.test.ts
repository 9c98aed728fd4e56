import { getResolvedTheme, getThemeChoice, resolveTheme, setThemeChoice, subscribeTheme, THEME_KEY } from './theme';

function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', () => media);
  return {
    set(next: boolean) {
      media.matches = next;
      listeners.forEach((l) => l());
    },
  };
}

describe('theme', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.classList.remove('dark');
  });

  it('follows the system by default', () => {
    fakeSystem(true);
    expect(getThemeChoice()).toBe('system');
    expect(getResolvedTheme()).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('applies and remembers an explicit choice (in localStorage, the theme only)', () => {
    fakeSystem(false);
    setThemeChoice('dark');
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(localStorage).toHaveLength(1);
    setThemeChoice('light');
    expect(document.documentElement).not.toHaveClass('dark');
    setThemeChoice('system');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('switches with the system while following it, and not after an explicit choice', () => {
    const system = fakeSystem(false);
    const listener = vi.fn();
    const stop = subscribeTheme(listener);
    system.set(true);
    expect(document.documentElement).toHaveClass('dark');
    setThemeChoice('light');
    system.set(true);
    expect(document.documentElement).not.toHaveClass('dark');
    expect(listener).toHaveBeenCalled();
    stop();
  });
});
