import { test as base } from '@playwright/test';
import { pageThatDraws, reportFrames } from './frames';
import { resetDemo } from './demo-api';
import { nginxUrl, webUrl } from './lane';

export { expect } from '@playwright/test';
export {
  advanceClock,
  clearFaults,
  demoRequests,
  resetDemo,
  scaleDemo,
  setClockSpeed,
  setFault,
  type DemoFault,
} from './demo-api';
export { apiUrl, nginxUrl, webUrl } from './lane';
export { openSignedIn, signIn, type DemoRole } from './sign-in';

// The build and nginx projects' pages go to the lane's own server; the dev-demo project keeps its dev server.
const laneServers: Partial<Record<string, () => string>> = { build: webUrl, nginx: nginxUrl };

/** Playwright's test, with the demo API reset before each test so tests never see each other's state. */
export const test = base.extend<{ freshDemo: void }>({
  baseURL: async ({ baseURL }, use, testInfo) => {
    const laneServer = laneServers[testInfo.project.name];
    await use(laneServer ? laneServer() : baseURL);
  },
  page: async ({ page }, use, testInfo) => {
    const drawing = await pageThatDraws(page, testInfo);
    await use(drawing);
    if (testInfo.status !== testInfo.expectedStatus) await reportFrames(drawing, testInfo);
  },
  freshDemo: [
    async ({ request }, use) => {
      await resetDemo(request);
      await use();
    },
    { auto: true },
  ],
});
