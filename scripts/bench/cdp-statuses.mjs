/**
 * HTTP statuses as they came over the wire. A revalidated poll reaches the page (and
 * Playwright's response.status(), and CDP's Network.responseReceived) as the cached 200;
 * only Network.responseReceivedExtraInfo carries the server's 304.
 */
export async function recordWireStatuses(context, page, apiOrigin) {
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const seen = [];
  let recording = false;
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (request.url.startsWith(apiOrigin) && request.method === 'GET') requests.set(requestId, request.url);
  });
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => {
    const url = requests.get(requestId);
    if (recording && url) seen.push({ url, status: statusCode });
  });
  await cdp.send('Network.enable');
  return {
    start() {
      recording = true;
    },
    stop() {
      recording = false;
      return seen;
    },
  };
}
