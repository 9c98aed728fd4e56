import { test as base } from '@playwright/test';
import { resetDemo } from './demo-api';

export { expect } from '@playwright/test';
export { advanceClock, clearFaults, resetDemo, scaleDemo, setClockSpeed, setFault, type DemoFault } from './demo-api';
export { apiUrl, webUrl } from './ports';
export { signIn, type DemoRole } from './sign-in';

/** Playwright's test, with the demo API reset before each test so tests never see each other's state. */
export const test = base.extend<{ freshDemo: void }>({
  freshDemo: [
    async ({ request }, use) => {
      await resetDemo(request);
      await use();
    },
    { auto: true },
  ],
});
