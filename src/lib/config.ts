/**
 * Runtime configuration: one build serves every environment. The app reads
 * `config.json` from its own base path at start. No file, or no `apiBaseUrl`,
 * means the built-in demo API (MSW in a service worker).
 */
export interface AppConfig {
  /** Origin (or path prefix) of the API; `null` when the demo API answers. */
  apiBaseUrl: string | null;
}

let current: AppConfig = { apiBaseUrl: null };

export function parseConfig(body: unknown): AppConfig {
  if (body && typeof body === 'object' && 'apiBaseUrl' in body) {
    const value = (body as { apiBaseUrl: unknown }).apiBaseUrl;
    if (typeof value === 'string' && value.trim() !== '') return { apiBaseUrl: value.trim() };
  }
  return { apiBaseUrl: null };
}

export async function loadConfig(baseUrl: string = import.meta.env.BASE_URL): Promise<AppConfig> {
  try {
    const res = await fetch(`${baseUrl}config.json`, { cache: 'no-store' });
    const type = res.headers.get('content-type') ?? '';
    // Dev servers answer unknown paths with index.html; only JSON counts as a config file.
    current = res.ok && type.includes('json') ? parseConfig(await res.json()) : { apiBaseUrl: null };
  } catch {
    current = { apiBaseUrl: null };
  }
  return current;
}

export function setConfig(config: AppConfig): void {
  current = config;
}

export function getConfig(): AppConfig {
  return current;
}

export function isDemoApi(): boolean {
  return current.apiBaseUrl === null;
}

/** Absolute URL of an API path such as `/api/v1/pipelines`. */
export function apiUrl(path: string): string {
  const base = current.apiBaseUrl;
  if (base === null || base === '/') return path;
  return base.replace(/\/+$/, '') + path;
}
