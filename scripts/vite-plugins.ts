import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * sonner injects its stylesheet with a <style> element at import time, which a strict
 * Content-Security-Policy (no 'unsafe-inline') blocks. Load the same CSS as a file
 * instead, so the bundle carries it and the CSP can stay strict.
 */
export function sonnerStylesAsFile(): Plugin {
  return {
    name: 'pipewatch:sonner-styles-as-file',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]sonner[\\/]dist[\\/]index\.m?js$/.test(id)) return null;
      const stripped = code.replace(/^__insertCSS\((["'`])[\s\S]*?\1\);?$/m, 'import "sonner/dist/styles.css";');
      if (stripped === code) this.error('sonner no longer injects its CSS as expected: review this plugin');
      return { code: stripped, map: null };
    },
  };
}

/** Origins the app may talk to: its own, and the API's from the build's config.json. */
function connectSources(outDir: string): string {
  const configPath = join(outDir, 'config.json');
  const sources = ["'self'"];
  if (existsSync(configPath)) {
    try {
      const { apiBaseUrl } = JSON.parse(readFileSync(configPath, 'utf8')) as { apiBaseUrl?: unknown };
      if (typeof apiBaseUrl === 'string' && /^https?:\/\//.test(apiBaseUrl)) sources.push(new URL(apiBaseUrl).origin);
    } catch {
      /* an unreadable config.json means the demo API: same origin only */
    }
  }
  return sources.join(' ');
}

export function contentSecurityPolicy(connectSrc: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connectSrc}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `vite preview` answers with the strict CSP the production build is made to run under. */
export function strictCspOnPreview(): Plugin {
  let outDir = 'dist';
  return {
    name: 'pipewatch:strict-csp-on-preview',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configurePreviewServer(server) {
      const policy = contentSecurityPolicy(connectSources(outDir));
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'no-referrer');
        next();
      });
    },
  };
}
