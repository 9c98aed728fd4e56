/**
 * What `npm run soak` can be told through the environment. The pages' timers run on
 * Playwright's clock, so SOAK_HOURS of polling (every poll of them, really made against the
 * demo API over HTTP) pass in however long the machine takes to answer and render them.
 */
const env = process.env;

function number(name, fallback, { min = 0 } = {}) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return value;
}

export const settings = {
  /** Page time polled and measured, after the warm-up. */
  hours: number('SOAK_HOURS', 2, { min: 0.1 }),
  /**
   * Demo time per page time. run_scale ends 90 demo minutes after reset and an ended run
   * is not polled; at 0.6 it is still live after the warm-up and two hours of page time
   * (140 min × 0.6 = 84 demo minutes), so the run page polls all along while its numbers move.
   */
  demoRatio: number('SOAK_DEMO_RATIO', 0.6),
  /**
   * Page time before the first figure: for the pages to load their lazy parts and fill their
   * caches, and for V8 to finish compiling the hot functions to machine code. On the run page
   * that takes about 15 minutes of polls (a function called once per poll gets optimised after
   * some hundreds of calls): a heap-snapshot diff from minute 5 to minute 20 holds 196 new
   * optimised functions (0.65 MB of code) and nothing else (docs/resilience.md, "Soak").
   */
  warmupMinutes: number('SOAK_WARMUP_MINUTES', 20),
  /** A figure taken this early is shown too (not judged), so what the warm-up leaves out stays visible. */
  earlyMinutes: 5,
  /** Page time between the figures of the trend. */
  sampleMinutes: number('SOAK_SAMPLE_MINUTES', 15, { min: 1 }),
  /** Growth allowed from the first figure to the last, in %. */
  maxGrowth: number('SOAK_MAX_GROWTH', 10),
  webPort: number('SOAK_WEB_PORT', 4194),
  apiPort: number('SOAK_API_PORT', 8804),
  outDir: 'dist-soak',
};
