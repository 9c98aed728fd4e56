import * as z from 'zod/mini';
import type { Agrees } from './contract';

/*
 * Agrees is a compile-time check: `npm run typecheck` runs these lines, and each
 * @ts-expect-error fails the type check the day Agrees stops catching that drift.
 */
const pollingSchema = z.object({ every: z.number(), touchFile: z.nullish(z.string()) });
const pipelineSchema = z.object({
  id: z.string(),
  polling: z.nullish(pollingSchema),
  details: z.optional(z.unknown()),
});

interface Polling {
  every: number;
  touchFile?: string | null;
}
interface Pipeline {
  id: string;
  polling?: Polling | null;
  details?: { [key: string]: unknown };
}

describe('Agrees (schema ↔ OpenAPI type)', () => {
  it('gives the schema’s output when both read the same fields', () => {
    expect(z.parse(pipelineSchema, { id: 'p', polling: null, name: 'dropped' })).toEqual({ id: 'p', polling: null });
    expectTypeOf<Agrees<typeof pipelineSchema, Pipeline>>().toEqualTypeOf<z.output<typeof pipelineSchema>>();
    expectTypeOf<Agrees<typeof pipelineSchema, Pipeline & { log?: string[] }, 'log'>>().toEqualTypeOf<
      z.output<typeof pipelineSchema>
    >();
  });

  it('fails the type check when the document and the schema drift apart', () => {
    // @ts-expect-error the document has a field the schema does not read
    expectTypeOf<Agrees<typeof pipelineSchema, Pipeline & { name: string }>>();
    // @ts-expect-error … also when optional and nested
    expectTypeOf<Agrees<typeof pipelineSchema, Pipeline & { polling?: Polling & { prefix?: string } }>>();
    // @ts-expect-error the schema reads a field the document does not have
    expectTypeOf<Agrees<typeof pipelineSchema, Omit<Pipeline, 'details'>>>();
    // @ts-expect-error … nested
    expectTypeOf<Agrees<typeof pipelineSchema, { id: string; polling?: { every: number } | null }>>();
    // @ts-expect-error the schema requires what the document leaves optional
    expectTypeOf<Agrees<typeof pipelineSchema, Omit<Pipeline, 'id'> & { id?: string }>>();
    // @ts-expect-error the document's type is not one the schema accepts
    expectTypeOf<Agrees<typeof pipelineSchema, Omit<Pipeline, 'id'> & { id: number }>>();
  });
});
