/**
 * Everything the bench can be told through the environment, read once. Defaults keep a
 * whole `npm run bench` under about ten minutes on a two-core machine.
 */
const env = process.env;

function number(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

const memoryMode = env.BENCH_MEMORY_MODE ?? 'virtual';
if (memoryMode !== 'virtual' && memoryMode !== 'real') {
  throw new Error(`BENCH_MEMORY_MODE must be "virtual" or "real", got "${memoryMode}"`);
}

export const settings = {
  webPort: number('BENCH_WEB_PORT', 4184),
  apiPort: number('BENCH_API_PORT', 8794),
  outDir: 'dist-bench',
  /** Comma-separated figure ids to run (see FIGURES in scripts/bench.mjs); empty runs all. */
  only: (env.BENCH_ONLY ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  /** How many fresh loads of the run page the paint figure takes the median of. */
  paintLoads: number('BENCH_PAINT_LOADS', 3),
  steadySeconds: number('BENCH_STEADY_SECONDS', 30),
  /** Scroll steps for the error table, one per frame: fewer steps means bigger jumps per frame. */
  scrollSteps: number('BENCH_SCROLL_STEPS', 1_200),
  scalePipelines: number('BENCH_SCALE_PIPELINES', 5_000),
  hiddenSeconds: number('BENCH_HIDDEN_SECONDS', 20),
  endedSeconds: number('BENCH_ENDED_SECONDS', 12),
  unchangedSeconds: number('BENCH_UNCHANGED_SECONDS', 12),
  memory: {
    /** virtual: the page's timers run on Playwright's clock, in lockstep with the demo clock; real: wall time. */
    mode: memoryMode,
    baseMinutes: number('BENCH_MEMORY_BASE_MINUTES', 1),
    minutes: number('BENCH_MEMORY_MINUTES', 10),
    /** Demo clock speed in real mode (virtual mode advances the demo clock with the page's clock). */
    demoSpeed: number('BENCH_DEMO_SPEED', 1),
  },
  /**
   * Lighthouse runs per page; the scores are their median. Lighthouse's docs ("Score
   * variability"): the median of 5 runs is about twice as stable as one run. Here single runs
   * of one build spread over 10 to 18 points on run_scale.
   */
  lighthouseRuns: number('BENCH_LIGHTHOUSE_RUNS', 5),
};
