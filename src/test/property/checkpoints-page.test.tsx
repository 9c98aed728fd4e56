import { CheckpointsRoute } from '@/app/routes/checkpoints-route';
import { renderWithProviders } from '@/test/render';
import { checkpointsBody } from './bodies';
import { describeHostileBodies } from './describe-hostile-bodies';
import { fc } from './fc';
import { serve, settled, wireJson } from './page-checks';

describeHostileBodies('the checkpoints page', {
  bodies: (shape) => fc.record({ name: shape.text, checkpoints: checkpointsBody(shape) }),
  async render({ name, checkpoints }) {
    serve([
      // Any name, the empty one too: the page asks for it URL-encoded.
      [/\/v0\/pipelines\/[^/]*\/checkpoints$/, () => wireJson(checkpoints)],
      ['/api/v1/pipelines/:id', () => wireJson({ id: 'pipe_001', name })],
    ]);
    const view = renderWithProviders(<CheckpointsRoute />, {
      route: '/pipelines/pipe_001/checkpoints',
      path: '/pipelines/:pipelineId/checkpoints',
    });
    await settled(view.queryClient, 2);
    return view;
  },
  // Identifiers, uuids and 64-bit fingerprints digit for digit.
  shown: ({ checkpoints }) =>
    checkpoints.flatMap((c) => [c.uuid, c.identifier ?? '', BigInt(c.fingerprint).toString()]),
  huge: 'checkpoints',
});
