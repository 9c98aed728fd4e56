import { PipelineRoute } from '@/app/routes/pipeline-route';
import { PipelinesRoute } from '@/app/routes/pipelines-route';
import { renderWithProviders } from '@/test/render';
import { ingestionStatusBody, pipelineBody, pipelineListBody, pollingBody, runListBody, type Shape } from './bodies';
import { describeHostileBodies } from './describe-hostile-bodies';
import { fc } from './fc';
import { serve, settled, wireJson } from './page-checks';

beforeEach(() => {
  // jsdom has no scrolling; the virtualised list restores the window's offset on mount.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

/** The list, and 001's poll answer naming some of the same pipelines with their touch-file polling. */
const listAndPoll = (shape: Shape) =>
  pipelineListBody(shape).chain((list) =>
    fc.record({
      list: fc.constant(list),
      poll: fc.record({
        pipelines: fc
          .subarray(list.pipelines, { maxLength: Math.min(50, list.pipelines.length) })
          .chain((polled) => fc.tuple(...polled.map((p) => pollingBody(shape).map((polling) => ({ ...p, polling }))))),
        total: fc.constant(list.pipelines.length),
      }),
    }),
  );

describeHostileBodies('the pipelines list', {
  bodies: listAndPoll,
  async render({ list, poll }) {
    serve([
      ['/api/v1/pipelines/poll', () => wireJson(poll)],
      ['/api/v1/pipelines', () => wireJson(list)],
    ]);
    const view = renderWithProviders(<PipelinesRoute />, { route: '/pipelines', path: '/pipelines' });
    await settled(view.queryClient, 2);
    return view;
  },
  shown: ({ list }) => list.pipelines.flatMap((p) => [p.name, p.connector ?? '']),
  huge: 'pipelines',
});

describeHostileBodies('one pipeline', {
  bodies: (shape) =>
    fc.record({ pipeline: pipelineBody(shape), runs: runListBody(shape), status: ingestionStatusBody(shape) }),
  async render({ pipeline, runs, status }) {
    serve([
      ['/api/v1/pipelines/:id/runs', () => wireJson(runs)],
      ['/api/v1/pipelines/:id/status', () => wireJson(status)],
      ['/api/v1/pipelines/:id', () => wireJson(pipeline)],
    ]);
    const view = renderWithProviders(<PipelineRoute />, {
      route: '/pipelines/pipe_001',
      path: '/pipelines/:pipelineId',
    });
    await settled(view.queryClient, 3);
    return view;
  },
  shown: ({ pipeline, runs, status }) => [
    pipeline.name,
    ...(status.error ?? []).map((e) => e.message),
    ...runs.runs.map((r) => r.id),
  ],
  huge: 'runs and 10,000 step errors',
});
