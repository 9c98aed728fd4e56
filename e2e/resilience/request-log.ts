import type { Page, Request } from '@playwright/test';

/**
 * The page's requests whose URL matches, stamped with page time in whole seconds (the
 * test moves the page's clock and says which second it is), and a way to wait until none
 * of them is in flight, so answers land before time moves on.
 */
export function logRequests(page: Page, matches: (url: string) => boolean) {
  const inFlight = new Set<Request>();
  const log: number[] = [];
  const sent = new WeakMap<Request, number>();
  let second = 0;
  page.on('request', (request) => {
    if (!matches(request.url())) return;
    inFlight.add(request);
    log.push(second);
    sent.set(request, second);
  });
  const done = (request: Request) => inFlight.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Page seconds at which a request was sent. */
    log,
    /** The page second at which this request was sent (undefined for one that does not match). */
    sentAt: (request: Request) => sent.get(request),
    at(pageSecond: number) {
      second = pageSecond;
    },
    async settled(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

/** Seconds between consecutive requests. */
export function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((t, i) => t - times[i]!);
}
