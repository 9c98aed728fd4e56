import { defineConfig, devices } from '@playwright/test';
import {
  API_PORT,
  DEV_PORT,
  devUrl,
  e2eOutDir,
  laneApiUrl,
  LANES,
  laneNginxUrl,
  laneWebUrl,
  NGINX_PORT,
  WEB_PORT,
} from './e2e/support/ports';
import { findChromium, playwrightChromiumArgs } from './scripts/ensure-browser.mjs';
import { findNginx } from './scripts/ensure-nginx.mjs';

const CI = Boolean(process.env.CI);
const chromium = findChromium();
const nginx = findNginx();
const launchOptions = { executablePath: chromium?.executablePath, args: playwrightChromiumArgs() };

/**
 * e2e runs the production build (vite preview) against the demo API over real HTTP.
 * One more project boots the dev server with no config.json, where the demo API runs
 * as a service worker: that is what `npm start` shows a newcomer. The project "nginx"
 * serves the same build as operators do, through deploy/entrypoint.sh, with the API
 * proxied on the same origin (without nginx installed, its spec says how to get it).
 */
export default defineConfig({
  testDir: './e2e',
  // One folder per port: a run empties its folder at start, and must not empty a parallel run's.
  outputDir: `test-results/e2e-${WEB_PORT}`,
  // Each worker has its own demo API and build server (a lane, e2e/support/ports.ts), reset before each test.
  fullyParallel: true,
  workers: LANES,
  retries: 0,
  forbidOnly: CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'build', testIgnore: /(dev-demo|nginx)\.spec\.ts/, use: { baseURL: laneWebUrl(0) } },
    { name: 'dev-demo', testMatch: /dev-demo\.spec\.ts/, use: { baseURL: devUrl } },
    { name: 'nginx', testMatch: /nginx\.spec\.ts/, use: { baseURL: laneNginxUrl(0) } },
  ],
  webServer: [
    ...Array.from({ length: LANES }, (_, lane) => ({
      command: 'tsx mocks/http-server.ts',
      env: { PORT: String(API_PORT + lane) },
      url: `${laneApiUrl(lane)}/api/v1/me`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    })),
    {
      command: 'tsx e2e/support/serve-build.ts',
      env: { E2E_WEB_PORT: String(WEB_PORT), E2E_API_PORT: String(API_PORT), E2E_WORKERS: String(LANES) },
      // Lanes are served in order: the last one up means all are.
      url: laneWebUrl(LANES - 1),
      reuseExistingServer: !CI,
      timeout: 180_000,
    },
    // After serve-build (webServers start one after another): nginx serves the build it made.
    ...(nginx
      ? Array.from({ length: LANES }, (_, lane) => ({
          command: 'sh deploy/entrypoint.sh',
          env: {
            PIPEWATCH_NGINX: nginx,
            PIPEWATCH_DIST: `${e2eOutDir}/build`,
            PIPEWATCH_PORT: String(NGINX_PORT + lane),
            PIPEWATCH_API_UPSTREAM: `http://127.0.0.1:${API_PORT + lane}`,
            PIPEWATCH_RUN_DIR: `${e2eOutDir}/nginx-lane-${lane}`,
          },
          url: laneNginxUrl(lane),
          reuseExistingServer: !CI,
          timeout: 30_000,
        }))
      : []),
    {
      command: `vite --port ${DEV_PORT} --strictPort`,
      url: devUrl,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
  ],
});
