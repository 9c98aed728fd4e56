import { renderRunPage } from '@/features/runs/test-utils/render-run-page';
import { runBody, runErrorsBody, runPhasesBody, runProgressBody } from './bodies';
import { describeHostileBodies } from './describe-hostile-bodies';
import { fc } from './fc';
import { serve, settled, wireJson } from './page-checks';

const NO_PHASES = () => wireJson({ message: 'This run has no phases', error_code: 'NoPhases', details: {} }, 404);

describeHostileBodies('the run page', {
  // Phases null: the API's 404 for a run without phases.
  bodies: (shape) =>
    fc.record({
      name: shape.text,
      run: runBody(shape),
      progress: runProgressBody(shape),
      errors: runErrorsBody(shape),
      phases: fc.option(runPhasesBody(shape), { nil: null }),
    }),
  async render(bodies) {
    serve([
      ['/api/v1/pipelines/:id/runs/:runId/progress', () => wireJson(bodies.progress)],
      ['/api/v1/pipelines/:id/runs/:runId/errors', () => wireJson(bodies.errors)],
      ['/api/v1/pipelines/:id/runs/:runId', () => wireJson(bodies.run)],
      ['/v1/pipelines/:runId/progress', () => (bodies.phases ? wireJson(bodies.phases) : NO_PHASES())],
      ['/api/v1/pipelines/:id', () => wireJson({ id: 'pipe_001', name: bodies.name })],
    ]);
    const view = renderRunPage('pipe_001', 'run_001');
    await settled(view.queryClient, 4);
    return view;
  },
  // Log lines, the errors the table holds, phase names and document errors, as the API wrote them.
  shown: ({ name, progress, errors, phases }) => [
    name,
    ...(progress.log ?? []).map((entry) => entry.message ?? ''),
    ...errors.errors.flatMap((e) => [e.error ?? '', typeof e.value === 'string' ? e.value : '']),
    ...(phases?.phases ?? []).map((p) => p.name ?? ''),
    ...(phases?.errors ?? []).map((e) => e.message ?? ''),
  ],
  huge: 'partitions, log lines, errors, phases and document errors',
});
