import { http } from 'msw';
import { checkpointsOf } from '../fixtures/checkpoints';
import { documentPhasesAt, finishedDocumentPhases } from '../fixtures/phases';
import { PIPELINE_INTERACTION } from '../fixtures/pipelines';
import { FINISHED_DOCUMENT_RUN_ID } from '../fixtures/runs';
import { demoNow } from '../sim/clock';
import { documentFraction } from '../sim/run-sim';
import { demoState, findPipelineByName } from '../sim/state';
import { authorize, errorResponse, exactJson, json } from './respond';

/** Completion tokens the demo knows (000); any other token is malformed (400). */
export const COMPLETION_TOKENS = {
  complete: 'ct-complete',
  inProgress: 'ct-inprogress',
  previousIncarnation: 'ct-previous',
} as const;
export const COMPLETE_STEP = 1_284;
/** Demo time an in-progress token takes to complete, from its first check. */
export const COMPLETION_DELAY_MS = 10_000;

function unknownPipelineName(name: string): Response {
  return errorResponse(404, `Unknown pipeline name '${name}'`, 'UnknownPipelineName', { pipeline_name: name });
}

function completionAnswer(name: string, token: string, now: number): Response {
  if (token === COMPLETION_TOKENS.complete) return json({ status: 'complete', step: COMPLETE_STEP });
  if (token === COMPLETION_TOKENS.inProgress) {
    const key = `${name}\n${token}`;
    const seen = demoState().completionSeen;
    const first = seen.get(key) ?? now;
    seen.set(key, first);
    return now - first >= COMPLETION_DELAY_MS
      ? json({ status: 'complete', step: COMPLETE_STEP + 6 })
      : json({ status: 'inprogress', step: null }, 202);
  }
  if (token === COMPLETION_TOKENS.previousIncarnation) {
    return errorResponse(
      410,
      'Completion token was created by a previous incarnation of the pipeline and is not valid for the current incarnation',
      'CompletionTokenFromPreviousIncarnation',
      { pipeline_name: name, token },
    );
  }
  return errorResponse(400, `Invalid completion token '${token}'`, 'InvalidCompletionToken', {
    pipeline_name: name,
    token,
  });
}

export const felderaHandlers = [
  http.get<{ runId: string }>('*/v1/pipelines/:runId/progress', ({ request, params }) => {
    // '*' would also take /api/v1/pipelines/x/progress, which is not this endpoint.
    if (!new URL(request.url).pathname.startsWith('/v1/')) return undefined;
    const role = authorize(request);
    if (role instanceof Response) return role;
    const run = demoState().runs.get(params.runId);
    if (!run)
      return errorResponse(404, `Pipeline run '${params.runId}' not found`, 'RunNotFound', { runId: params.runId });
    if (run.documents) return json(documentPhasesAt(run.id, documentFraction(run, demoNow())));
    if (run.id === FINISHED_DOCUMENT_RUN_ID) return json(finishedDocumentPhases(run.id));
    return errorResponse(404, `Run '${run.id}' reports no phases`, 'NoPhases', { runId: run.id });
  }),

  http.get<{ pipeline_name: string }>('*/v0/pipelines/:pipeline_name/checkpoints', ({ request, params }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    const pipeline = findPipelineByName(params.pipeline_name, demoNow());
    return pipeline ? exactJson(checkpointsOf(pipeline.id)) : unknownPipelineName(params.pipeline_name);
  }),

  http.get<{ pipeline_name: string }>('*/v0/pipelines/:pipeline_name/completion_status', ({ request, params }) => {
    const role = authorize(request);
    if (role instanceof Response) return role;
    const name = params.pipeline_name;
    const pipeline = findPipelineByName(name, demoNow());
    if (!pipeline) return unknownPipelineName(name);
    const interaction = PIPELINE_INTERACTION[pipeline.id];
    if (interaction === 'not_deployed') {
      return errorResponse(
        503,
        `Pipeline '${name}' is not deployed, so it cannot answer`,
        'PipelineInteractionNotDeployed',
        { pipeline_name: name },
      );
    }
    if (interaction === 'unreachable') {
      return errorResponse(
        503,
        `Pipeline '${name}' is deployed but cannot be reached right now`,
        'PipelineInteractionUnreachable',
        { pipeline_name: name },
      );
    }
    return completionAnswer(name, new URL(request.url).searchParams.get('token') ?? '', demoNow());
  }),
];
