import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { securityHeaders } from './security-headers.ts';

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

/**
 * `vite preview` answers with the headers production sends (deploy/nginx.conf): the strict
 * CSP the build is made to run under, and the rest.
 */
export function strictCspOnPreview(): Plugin {
  let outDir = 'dist';
  return {
    name: 'pipewatch:strict-csp-on-preview',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configurePreviewServer(server) {
      const headers = Object.entries(securityHeaders(connectSources(outDir)));
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** V8's explicit compile hint: https://v8.dev/blog/explicit-compile-hints */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const APP_CODE = /[\\/]src[\\/]/;
const DEMO_CODE = /[\\/]mocks[\\/]/;

/** The entry, and each chunk of the app's own code without the demo API (loaded by the demo only, and mostly MSW). */
function isAppChunk(isEntry: boolean, moduleIds: readonly string[]): boolean {
  return isEntry || (moduleIds.some((id) => APP_CODE.test(id)) && !moduleIds.some((id) => DEMO_CODE.test(id)));
}

/**
 * Puts V8's compile hint on the first line of the entry chunk and of every chunk of the
 * app's own code (the pages and what they share), so that Chromium compiles all of their
 * functions while it streams the files in, off the main thread. Without it, React DOM's
 * module (bundled as one CommonJS wrapper function of about 200 kB) was compiled on the main
 * thread when the entry ran: its evaluation took 33–75 ms of a cold start, and at most 48 ms
 * with the hint; the run page's first renders had about 40 % fewer long tasks with the pages'
 * chunks hinted too (docs/benchmarks.md, "The entry compiled while it streams"). recharts
 * and the demo API are left to compile lazily: a page uses a small part of them. The comment
 * must open the file, which Rolldown's postBanner does not do (Vite puts its preload map
 * above it in the entry), hence this last step; each source map moves down by the one line.
 */
export function compileHintOnAppChunks(): Plugin {
  return {
    name: 'pipewatch:compile-hint-on-app-chunks',
    apply: 'build',
    // The hint is added after the file names are made: this puts it in their hashes.
    augmentChunkHash: (chunk) => (isAppChunk(chunk.isEntry, chunk.moduleIds) ? COMPILE_HINT : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !isAppChunk(chunk.isEntry, chunk.moduleIds)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type !== 'asset') continue;
          const json = JSON.parse(String(map.source)) as { mappings: string };
          map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
        }
      },
    },
  };
}

/**
 * Writes a gzip -9 copy beside each hashed JS, CSS and SVG file of at least 1 KB, which
 * nginx's gzip_static serves as is (deploy/nginx.conf): the best ratio gzip has, paid once
 * at build time instead of at a lower level per request. Only hashed files: their content
 * cannot change under their name, so a copy never goes stale (index.html may be edited
 * after the build, and is compressed on the fly). Brotli would be smaller still, but
 * Debian's nginx has no brotli module.
 */
export function gzipHashedAssets(): Plugin {
  return {
    name: 'pipewatch:gzip-hashed-assets',
    apply: 'build',
    writeBundle({ dir }, bundle) {
      if (!dir) return;
      for (const file of Object.values(bundle)) {
        if (!/^assets\/.+\.(js|css|svg)$/.test(file.fileName)) continue;
        const content = file.type === 'chunk' ? file.code : file.source;
        if (content.length < 1024) continue;
        writeFileSync(join(dir, `${file.fileName}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}
