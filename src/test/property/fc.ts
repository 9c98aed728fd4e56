import fc from 'fast-check';

/**
 * fast-check with a fixed seed, so `npm test` is repeatable; FC_SEED and FC_RUNS pick
 * another seed or a longer run (docs/resilience.md), and a failure prints the seed and
 * path that reproduce it.
 */
const runs = Number(import.meta.env.FC_RUNS ?? 25);

/**
 * A property (its shrinking included) stops after this long and fails with the best
 * counterexample found so far: shrinking a body of whole-page renders can take minutes.
 */
export const PROPERTY_TIME_LIMIT_MS = Number(import.meta.env.FC_TIME_LIMIT_MS ?? Math.max(40_000, runs * 3_000));

/** The test around a property: its time limit plus room to render and report. */
export const PROPERTY_TEST_TIMEOUT_MS = PROPERTY_TIME_LIMIT_MS + 20_000;

/** A counterexample holding a 10,000-character string is unreadable: runs of one character are written as "W×5000". */
function report(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return;
  const message = fc.defaultReportMessage(details) ?? 'Property failed';
  throw new Error(
    message.replace(/(.)\1{39,}/gu, (run, char: string) => `${char}×${[...run].length}`),
    { cause: details.errorInstance },
  );
}

fc.configureGlobal({
  seed: Number(import.meta.env.FC_SEED ?? 1337),
  numRuns: runs,
  interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
  markInterruptAsFailure: true,
  includeErrorInReport: true,
  // Used for async properties too.
  reporter: report,
});

/** Runs for a costly property (whole pages, 10,000-item bodies): a fraction of FC_RUNS, at least one. */
export function fewerRuns(divisor: number): number {
  return Math.max(1, Math.floor(runs / divisor));
}

export { fc };
