import type { SetupServer } from 'msw/node';
import { Toaster } from 'sonner';
import { RunRoute } from '@/app/routes/run-route';
import { renderWithProviders } from '@/test/render';

/**
 * The run page as the router mounts it. jsdom does no layout, so scroll boxes are given a
 * size here, or the virtualised error table would draw no rows at all.
 */
export function renderRunPage(pipelineId: string, runId: string, token: string = 'demo-admin', search = '') {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  return renderWithProviders(
    <>
      <RunRoute />
      <Toaster />
    </>,
    {
      route: `/pipelines/${pipelineId}/runs/${runId}${search}`,
      path: '/pipelines/:pipelineId/runs/:runId',
      token,
    },
  );
}

/** Records every request the demo API sees from now until stop(). */
export function recordRequests(server: SetupServer) {
  const seen: { method: string; path: string; headers: Headers }[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    seen.push({ method: request.method, path: url.pathname + url.search, headers: request.headers });
  });
  return { seen, stop: () => server.events.removeAllListeners('request:start') };
}
