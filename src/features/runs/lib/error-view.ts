import type { ValidationError } from '../api/schemas';
import { yieldToMain, type YieldToMain } from '@/lib/yield-to-main';

/**
 * Sorting and filtering the validation error list, which can hold 100,000 rows. Sorting
 * that many strings takes 100–400 ms in one go, a long task that would freeze scrolling and
 * polling; so the work is cut into slices of about 10 ms with a yield to the main thread
 * between them (sorted chunks, then merges), and a newer request aborts an older one.
 */
export const SORT_KEYS = ['row', 'column', 'value', 'error'] as const;
export type ErrorSortKey = (typeof SORT_KEYS)[number];

export interface ErrorSort {
  key: ErrorSortKey;
  direction: 'asc' | 'desc';
}

export interface ErrorFilter {
  /** Only errors in this source column; null for every column. */
  column: string | null;
  /** Only errors with this message (an error group, with `column`); null for every message. */
  error: string | null;
  /** Case-insensitive text anywhere in the row. */
  text: string;
}

export const NO_FILTER: ErrorFilter = { column: null, error: null, text: '' };

export function isFiltered(filter: ErrorFilter): boolean {
  return filter.column !== null || filter.error !== null || filter.text.trim() !== '';
}

const CHUNK = 8_192;

const haystacks = new WeakMap<ValidationError, string>();

/** Rows are kept identical across polls (structural sharing), so each is lowercased once. */
function haystack(row: ValidationError): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [row.row, row.column ?? '', row.value ?? '', row.error ?? ''].join('\u0000').toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

function matches(row: ValidationError, filter: ErrorFilter, needle: string): boolean {
  // A group counts a missing column or message as '' (lib/error-groups), so its filter does too.
  if (filter.column !== null && (row.column ?? '') !== filter.column) return false;
  if (filter.error !== null && (row.error ?? '') !== filter.error) return false;
  return needle === '' || haystack(row).includes(needle);
}

interface Keyed {
  key: string | number;
  order: number;
  row: ValidationError;
}

function sortKey(row: ValidationError, key: ErrorSortKey): string | number {
  return key === 'row' ? row.row : (row[key] ?? '').toLowerCase();
}

type Compare = (a: Keyed, b: Keyed) => number;

// Equal keys keep the API's order in either direction.
const COMPARE: Record<ErrorSort['direction'], Compare> = {
  asc: (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order),
  desc: (a, b) => (a.key > b.key ? -1 : a.key < b.key ? 1 : a.order - b.order),
};

function merge(left: Keyed[], right: Keyed[], byKey: Compare): Keyed[] {
  const out = new Array<Keyed>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) out[k++] = byKey(left[i]!, right[j]!) <= 0 ? left[i++]! : right[j++]!;
  while (i < left.length) out[k++] = left[i++]!;
  while (j < right.length) out[k++] = right[j++]!;
  return out;
}

function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** The rows to show, filtered then sorted, computed in slices. */
export async function computeErrorView(
  rows: readonly ValidationError[],
  view: { sort: ErrorSort | null; filter: ErrorFilter },
  options: { signal?: AbortSignal; yieldTo?: YieldToMain } = {},
): Promise<ValidationError[]> {
  const { signal, yieldTo = yieldToMain } = options;
  const needle = view.filter.text.trim().toLowerCase();
  const kept: ValidationError[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    checkAborted(signal);
    const end = Math.min(rows.length, start + CHUNK);
    for (let i = start; i < end; i++) if (matches(rows[i]!, view.filter, needle)) kept.push(rows[i]!);
    if (end < rows.length) await yieldTo();
  }
  const sort = view.sort;
  if (!sort) return kept;
  const byKey = COMPARE[sort.direction];

  let runs: Keyed[][] = [];
  for (let start = 0; start < kept.length; start += CHUNK) {
    checkAborted(signal);
    runs.push(
      kept
        .slice(start, start + CHUNK)
        .map((row, i) => ({ key: sortKey(row, sort.key), order: start + i, row }))
        .sort(byKey),
    );
    await yieldTo();
  }
  while (runs.length > 1) {
    const next: Keyed[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      checkAborted(signal);
      next.push(runs[i + 1] ? merge(runs[i]!, runs[i + 1]!, byKey) : runs[i]!);
      await yieldTo();
    }
    runs = next;
  }
  return (runs[0] ?? []).map((keyed) => keyed.row);
}

/** The source columns named by the errors, for the column filter. */
export function distinctColumns(rows: Iterable<ValidationError>): string[] {
  const columns = new Set<string>();
  for (const row of rows) if (row.column) columns.add(row.column);
  return [...columns].sort();
}
