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
  /** Page time polled. */
  hours: number('SOAK_HOURS', 2, { min: 0.1 }),
  /**
   * Demo time per page time. run_scale ends 90 demo minutes after reset and an ended run
   * is not polled; at 0.7 it is still live after two hours of page time, so the run page
   * polls all along while its numbers move.
   */
  demoRatio: number('SOAK_DEMO_RATIO', 0.7),
  /** Page time for the pages to load their lazy parts and fill their caches before the first figure. */
  warmupMinutes: number('SOAK_WARMUP_MINUTES', 5),
  /** Page time between the figures of the trend. */
  sampleMinutes: number('SOAK_SAMPLE_MINUTES', 15, { min: 1 }),
  /** Growth allowed from the first figure to the last, in %. */
  maxGrowth: number('SOAK_MAX_GROWTH', 10),
  webPort: number('SOAK_WEB_PORT', 4194),
  apiPort: number('SOAK_API_PORT', 8804),
  outDir: 'dist-soak',
};
