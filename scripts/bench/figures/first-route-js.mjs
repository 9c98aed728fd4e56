import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bytesPerSource } from '../source-map-sizes.mjs';
import { info, judged } from '../table.mjs';

const BUDGET_BYTES = 125_000;
const FIGURE = 'first-route JavaScript (gzip)';
const LAZY_FIGURE = 'lazy: recharts, demo API, list/table libraries';
/** Packages the issue wants out of the first route; mocks/ is the demo API's own code. */
const MUST_BE_LAZY = ['recharts', 'msw', '@tanstack/react-table', '@tanstack/react-virtual', 'mocks/'];

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const gzipBytes = (path) => gzipSync(readFileSync(path)).length;

/** Scripts and module preloads index.html names, as paths inside outDir. */
export function scriptsOfIndexHtml(html) {
  const found = [];
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.push(src);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (/\brel="modulepreload"/.test(tag) && href) found.push(href);
  }
  return found.filter((src) => !/^[a-z]+:\/\//i.test(src)).map((src) => src.replace(/^\//, ''));
}

/** The entry chunk and everything it imports statically, from Vite's manifest. */
export function staticClosure(manifest, key = 'index.html', files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const next of chunk.imports ?? []) staticClosure(manifest, next, files);
  return files;
}

/** The package a source path belongs to, "mocks/" for the demo API, or "app" for src/. */
function ownerOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg;
  return /(^|\/)mocks\//.test(source) ? 'mocks/' : 'app';
}

/**
 * Approximate gzip bytes per package in a chunk, from its hidden source map: the chunk's
 * gzip size shared out by each package's part of the minified code.
 */
function packagesIn(outDir, file) {
  const mapPath = join(outDir, `${file}.map`);
  if (!existsSync(mapPath)) return new Map();
  const code = readFileSync(join(outDir, file), 'utf8');
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const bytes = bytesPerSource(code, map);
  const ratio = gzipBytes(join(outDir, file)) / Math.max(1, code.length);
  const owners = new Map();
  map.sources.forEach((source, i) =>
    owners.set(ownerOf(source), (owners.get(ownerOf(source)) ?? 0) + bytes[i] * ratio),
  );
  return owners;
}

function mergeCounts(maps) {
  const total = new Map();
  for (const map of maps) for (const [key, value] of map) total.set(key, (total.get(key) ?? 0) + value);
  return total;
}

function allScripts(outDir) {
  const assets = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...new Set([...assets, ...scriptsOfIndexHtml(html)])];
}

export const firstRouteJs = {
  id: 'js',
  needs: 'build',
  labels: [
    [FIGURE, '≤ 125 kB'],
    [LAZY_FIGURE, 'none in the first route'],
  ],
  async measure({ outDir }) {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
    const first = new Set([...scriptsOfIndexHtml(html), ...staticClosure(manifest)]);
    const firstBytes = [...first].reduce((sum, file) => sum + gzipBytes(join(outDir, file)), 0);
    const eager = mergeCounts([...first].map((file) => packagesIn(outDir, file)));
    const leaked = MUST_BE_LAZY.filter((name) => eager.has(name));
    const byPackage = [...eager]
      .toSorted((a, b) => b[1] - a[1])
      .map(([name, bytes]) => `${name} ≈${kB(bytes)}`)
      .join(', ');

    const all = allScripts(outDir).map((file) => ({ file, bytes: gzipBytes(join(outDir, file)) }));
    const allBytes = all.reduce((sum, f) => sum + f.bytes, 0);
    const biggest = all
      .toSorted((a, b) => b.bytes - a.bytes)
      .slice(0, 4)
      .map((f) => `${f.file} ${kB(f.bytes)}`)
      .join(', ');

    return [
      judged(
        FIGURE,
        `${kB(firstBytes)} in ${first.size} files`,
        '≤ 125 kB',
        firstBytes <= BUDGET_BYTES,
        `files: ${[...first].join(', ')}; by package (gzip, approximate): ${byPackage}`,
      ),
      judged(
        LAZY_FIGURE,
        leaked.length ? `in the first route: ${leaked.join(', ')}` : 'none in the first route',
        'none in the first route',
        leaked.length === 0,
      ),
      info('whole-app JavaScript (gzip)', `${kB(allBytes)} in ${all.length} files`, `biggest: ${biggest}`),
    ];
  },
};
