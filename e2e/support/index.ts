import { test as base } from '@playwright/test';
import { resetDemo } from './demo-api';
import { webUrl } from './lane';

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
export { apiUrl, webUrl } from './lane';
export { signIn, type DemoRole } from './sign-in';

/** Playwright's test, with the demo API reset before each test so tests never see each other's state. */
export const test = base.extend<{ freshDemo: void }>({
  // The build project's pages go to the lane's own server; the dev-demo project keeps its dev server.
  baseURL: async ({ baseURL }, use, testInfo) => {
    await use(testInfo.project.name === 'build' ? webUrl() : baseURL);
  },
  freshDemo: [
    async ({ request }, use) => {
      await resetDemo(request);
      await use();
    },
    { auto: true },
  ],
});
