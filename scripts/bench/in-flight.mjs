import { sleep } from './browser.mjs';

/**
 * Resolves when no API request of the page is in flight (or after `timeoutMs`): with the
 * page's clock under Playwright's control, a step of page time must let the real network
 * answer and React render before time moves on.
 */
export function trackInFlight(page, apiOrigin) {
  const inFlight = new Set();
  const done = (request) => inFlight.delete(request);
  page.on('request', (request) => request.url().startsWith(apiOrigin) && inFlight.add(request));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async (timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (inFlight.size > 0 && Date.now() < deadline) await sleep(10);
  };
}
