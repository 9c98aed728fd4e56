import type { RenderResult } from '@testing-library/react';
import { HUGE, SMALL, type Shape } from './bodies';
import { fc, fewerRuns, PROPERTY_TEST_TIMEOUT_MS } from './fc';
import { consoleErrorsDuring, hostileRenderProblems, NO_PROBLEMS, resetBetweenRuns } from './page-checks';

interface PageUnderTest<B> {
  /** Every body the page reads, generated within the contract. */
  bodies: (shape: Shape) => fc.Arbitrary<B>;
  /** Serves the bodies and renders the page through its route, resolving once every answer has arrived. */
  render: (bodies: B) => Promise<RenderResult>;
  /** Strings from the bodies that the page must show exactly as sent. */
  shown: (bodies: B) => string[];
  /** What the huge body holds 10,000 of, for the test's name. */
  huge: string;
}

/**
 * The two properties every page must have: any body within the contract renders with no
 * error reported (a widget boundary catching a throw counts), no broken number, no markup
 * from data, its strings verbatim and no unbounded long text;
 * and a body with 10,000-item lists still renders whole (a few runs: each is costly).
 */
export function describeHostileBodies<B>(page: string, { bodies, render, shown, huge }: PageUnderTest<B>) {
  describe(`${page}, fed hostile bodies`, () => {
    it(
      'no error reported, strings verbatim, no NaN / undefined / Infinity, no markup from data, no unbounded long text',
      async () => {
        await fc.assert(
          fc
            .asyncProperty(bodies(SMALL), async (generated) => {
              const { result, consoleErrors } = await consoleErrorsDuring(() => render(generated));
              const expected = shown(generated).filter((text) => text.trim() !== '');
              expect({ consoleErrors, ...hostileRenderProblems(result.container, expected) }).toEqual(NO_PROBLEMS);
            })
            .afterEach(resetBetweenRuns),
          // Whole-page renders: half the runs of a cheap property.
          { numRuns: fewerRuns(2) },
        );
      },
      PROPERTY_TEST_TIMEOUT_MS,
    );

    it(
      `stays whole with 10,000 ${huge}`,
      async () => {
        await fc.assert(
          fc
            .asyncProperty(bodies(HUGE), async (generated) => {
              const { result, consoleErrors } = await consoleErrorsDuring(() => render(generated));
              expect({ consoleErrors, ...hostileRenderProblems(result.container, []) }).toEqual(NO_PROBLEMS);
            })
            .afterEach(resetBetweenRuns),
          { numRuns: fewerRuns(25) },
        );
      },
      PROPERTY_TEST_TIMEOUT_MS,
    );
  });
}
