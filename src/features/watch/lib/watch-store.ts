/**
 * What the operator watches: run and pipeline ids, kept in localStorage (ids only, nothing
 * else) so a reload or a second tab keeps them. Plain functions and a subscription, for
 * useSyncExternalStore; no React in here.
 */
export interface WatchedRun {
  pipelineId: string;
  runId: string;
}

export interface WatchList {
  runs: readonly WatchedRun[];
  pipelines: readonly string[];
}

export const WATCH_STORAGE_KEY = 'pipewatch.watch';
const EMPTY: WatchList = { runs: [], pipelines: [] };
/** A bound on what a hand-edited or hostile stored value can make the app track. */
const MAX_ITEMS = 200;

const listeners = new Set<() => void>();
let cached: { raw: string | null; list: WatchList } | null = null;

function readStorage(): string | null {
  try {
    return localStorage.getItem(WATCH_STORAGE_KEY);
  } catch {
    return null;
  }
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

/** A stored value of any shape becomes a valid list: what is not a pair of ids is dropped. */
export function parseWatchList(raw: string | null): WatchList {
  if (!raw) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!value || typeof value !== 'object') return EMPTY;
  const { runs, pipelines } = value as { runs?: unknown; pipelines?: unknown };
  const seenRuns = new Set<string>();
  const validRuns = (Array.isArray(runs) ? runs : []).flatMap((r: unknown) => {
    const { pipelineId, runId } = (r ?? {}) as Record<string, unknown>;
    if (!isId(pipelineId) || !isId(runId) || seenRuns.has(`${pipelineId}/${runId}`)) return [];
    seenRuns.add(`${pipelineId}/${runId}`);
    return [{ pipelineId, runId }];
  });
  const validPipelines = [...new Set((Array.isArray(pipelines) ? pipelines : []).filter(isId))];
  return { runs: validRuns.slice(0, MAX_ITEMS), pipelines: validPipelines.slice(0, MAX_ITEMS) };
}

export function getWatchList(): WatchList {
  const raw = readStorage();
  if (cached?.raw !== raw) cached = { raw, list: parseWatchList(raw) };
  return cached.list;
}

function write(list: WatchList): void {
  try {
    localStorage.setItem(WATCH_STORAGE_KEY, JSON.stringify({ runs: list.runs, pipelines: list.pipelines }));
  } catch {
    /* storage full or denied: the list lives until the next read, and the menu still works */
  }
  listeners.forEach((l) => l());
}

export function subscribeWatchList(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the list.
  const onStorage = (event: StorageEvent) => event.key === WATCH_STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function isRunWatched(list: WatchList, pipelineId: string, runId: string): boolean {
  return list.runs.some((r) => r.pipelineId === pipelineId && r.runId === runId);
}

export function toggleRunWatch(pipelineId: string, runId: string): void {
  const list = getWatchList();
  write(
    isRunWatched(list, pipelineId, runId)
      ? { ...list, runs: list.runs.filter((r) => r.pipelineId !== pipelineId || r.runId !== runId) }
      : { ...list, runs: [...list.runs, { pipelineId, runId }].slice(-MAX_ITEMS) },
  );
}

export function togglePipelineWatch(pipelineId: string): void {
  const list = getWatchList();
  write(
    list.pipelines.includes(pipelineId)
      ? { ...list, pipelines: list.pipelines.filter((p) => p !== pipelineId) }
      : { ...list, pipelines: [...list.pipelines, pipelineId].slice(-MAX_ITEMS) },
  );
}

export function watchCount(list: WatchList): number {
  return list.runs.length + list.pipelines.length;
}
