/**
 * The one hand-written file in src/api: everything else here is generated from
 * openapi/pipewatch.yaml by `npm run gen:api` and must not be edited by hand.
 */
import type { components, operations, paths } from './schema';

export type ApiSchemas = components['schemas'];
export type { components, operations, paths };
