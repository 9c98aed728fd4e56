/**
 * Builds the production app, points it at the demo API over HTTP with a config.json,
 * and serves it with `vite preview` (so it gets the same headers as `npm run preview`).
 * Started by playwright.config.ts as a webServer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { apiUrl, e2eOutDir, WEB_PORT } from './ports';

await build({ logLevel: 'warn', build: { outDir: e2eOutDir, emptyOutDir: true } });
writeFileSync(join(e2eOutDir, 'config.json'), JSON.stringify({ apiBaseUrl: apiUrl }) + '\n');
const server = await preview({ build: { outDir: e2eOutDir }, preview: { port: WEB_PORT, strictPort: true } });
server.printUrls();
