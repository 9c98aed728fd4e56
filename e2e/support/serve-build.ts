/**
 * Builds the production app once, then serves one copy per lane (e2e/support/ports.ts),
 * each with a config.json pointing at its lane's demo API over HTTP, with `vite preview`
 * (so it gets the same headers as `npm run preview`, its CSP naming that API).
 * Started by playwright.config.ts as a webServer.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { e2eOutDir, laneApiUrl, LANES, WEB_PORT } from './ports';

const built = join(e2eOutDir, 'build');
rmSync(e2eOutDir, { recursive: true, force: true });
await build({ logLevel: 'warn', build: { outDir: built, emptyOutDir: true } });
for (let lane = 0; lane < LANES; lane++) {
  const outDir = join(e2eOutDir, `lane-${lane}`);
  cpSync(built, outDir, { recursive: true });
  writeFileSync(join(outDir, 'config.json'), JSON.stringify({ apiBaseUrl: laneApiUrl(lane) }) + '\n');
  const server = await preview({ build: { outDir }, preview: { port: WEB_PORT + lane, strictPort: true } });
  server.printUrls();
}
