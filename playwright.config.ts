import { defineConfig, devices } from '@playwright/test';
import { API_PORT, DEV_PORT, devUrl, laneApiUrl, LANES, laneWebUrl, WEB_PORT } from './e2e/support/ports';
import { findChromium } from './scripts/ensure-browser.mjs';

const CI = Boolean(process.env.CI);
const chromium = findChromium();
const launchOptions = {
  executablePath: chromium?.executablePath,
  // Quiet, container-friendly Chromium: no sandbox (root in CI), no GPU, no background traffic.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * e2e runs the production build (vite preview) against the demo API over real HTTP.
 * One more project boots the dev server with no config.json, where the demo API runs
 * as a service worker: that is what `npm start` shows a newcomer.
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
    { name: 'build', testIgnore: /dev-demo\.spec\.ts/, use: { baseURL: laneWebUrl(0) } },
    { name: 'dev-demo', testMatch: /dev-demo\.spec\.ts/, use: { baseURL: devUrl } },
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
    {
      command: `vite --port ${DEV_PORT} --strictPort`,
      url: devUrl,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
  ],
});
