import type { QueryClient } from '@tanstack/react-query';
import { cleanup, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { stringifyJson } from '@/lib/json';
import { BROKEN_WORDS, LONG_STRING } from './arbitraries';

/** An answer as the wire carries it: bigint fields as exact digits, through the real client's lossless parse. */
export function wireJson(body: unknown, status = 200): Response {
  return new HttpResponse(stringifyJson(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Serves generated bodies in place of the demo API, first route first (MSW takes the first that matches). */
export function serve(routes: readonly [path: string | RegExp, answer: () => Response][]) {
  server.use(...routes.map(([path, answer]) => http.get(typeof path === 'string' ? `*${path}` : path, answer)));
}

/**
 * What React (and the page) report through console.error while `render` runs: errors a
 * widget boundary caught, duplicate keys, bad props. act() notices are about the test, not the page.
 */
export async function consoleErrorsDuring<T>(
  render: () => Promise<T>,
): Promise<{ result: T; consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('not wrapped in act(')) consoleErrors.push(text.slice(0, 300));
  });
  try {
    return { result: await render(), consoleErrors };
  } finally {
    spy.mockRestore();
  }
}

/** Back to a blank page and the demo API between runs of a property. */
export function resetBetweenRuns() {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
}

/** At least `answered` queries have their answer (or error) and none is fetching; disabled ones (a check not asked for) stay pending. */
export async function settled(queryClient: QueryClient, answered: number) {
  await waitFor(
    () => {
      const queries = queryClient.getQueryCache().getAll();
      expect(queries.filter((q) => q.state.status !== 'pending').length).toBeGreaterThanOrEqual(answered);
      expect(queries.filter((q) => q.state.fetchStatus !== 'idle').map((q) => q.queryHash)).toEqual([]);
      // A virtual table draws new rows in a deferred render: placeholders until it is done.
      expect(document.querySelectorAll('tr[aria-busy="true"]')).toHaveLength(0);
    },
    { timeout: 10_000 },
  );
}

/** Attributes people (or screen readers) read, beside the text itself. */
const READ_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-valuenow',
  'aria-valuetext',
  'aria-description',
  'style',
]);
/** Elements that data could only have made by being parsed as markup. */
const MARKUP_ELEMENTS = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED']);

/**
 * One pass over every element (a 10,000-row body makes some 200,000): words only broken
 * maths or formatting would print, in the text or in attributes people read; and elements,
 * event handlers or javascript: links that only data parsed as markup could have made.
 */
function scanElements(root: HTMLElement) {
  const brokenWords: string[] = [];
  const injectedMarkup: string[] = [];
  const text = root.textContent ?? '';
  const inText = BROKEN_WORDS.exec(text);
  if (inText) brokenWords.push(`text: …${text.slice(Math.max(0, inText.index - 40), inText.index + 20)}…`);
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (MARKUP_ELEMENTS.has(el.tagName)) injectedMarkup.push(el.outerHTML.slice(0, 80));
    for (const { name, value } of el.attributes) {
      if (READ_ATTRIBUTES.has(name) && BROKEN_WORDS.test(value))
        brokenWords.push(`${tag}[${name}="${value.slice(0, 80)}"]`);
      if (name.startsWith('on') || (name === 'href' && /^\s*javascript:/i.test(value)))
        injectedMarkup.push(`${tag}[${name}]`);
    }
  }
  return { brokenWords, injectedMarkup };
}

/** Strings the page should show that are not in its text (or a title, for a truncated cell). */
function missingVerbatim(root: HTMLElement, expected: readonly string[]): string[] {
  const text = root.textContent ?? '';
  const titles = [...root.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '');
  return expected
    .filter((s) => !text.includes(s) && !titles.some((t) => t.includes(s)))
    .map((s) => JSON.stringify(s.slice(0, 60)));
}

/** Classes that keep a long unbroken string inside its box: it wraps, is cut with an ellipsis, or scrolls in its own box. */
const CONTAINS_LONG_TEXT =
  /(^|\s)(truncate|text-ellipsis|line-clamp-\d+|break-words|break-all|wrap-break-word|wrap-anywhere|\[overflow-wrap:anywhere\]|\[word-break:break-all\]|overflow-hidden|overflow-x-auto|overflow-auto|overflow-x-hidden|sr-only)(\s|$)/;

/** How far up a text's element may be from the box that contains it (a cell's inner span, say). */
const CONTAINER_DEPTH = 3;

/**
 * Elements holding LONG_STRING in their own text with no wrapping, truncating or scrolling
 * box within a few levels: jsdom does no layout, so this is the check that it can do.
 */
function unboundedLongText(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.includes(LONG_STRING.slice(0, 200))) continue;
    let el: Element | null = node.parentElement;
    let contained = false;
    for (let depth = 0; el && depth <= CONTAINER_DEPTH && !contained; depth += 1, el = el.parentElement) {
      contained = CONTAINS_LONG_TEXT.test(el.getAttribute('class') ?? '');
    }
    if (!contained) found.push(describePath(node.parentElement));
  }
  return found;
}

function describePath(el: Element | null): string {
  const parts: string[] = [];
  for (let depth = 0; el && depth <= CONTAINER_DEPTH; depth += 1, el = el.parentElement) {
    parts.push(
      `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(/\s+/).join('.')}` : ''}`,
    );
  }
  return parts.join(' < ');
}

/** All of the above, as one report: empty when the page handled the body. */
export function hostileRenderProblems(root: HTMLElement, expectedVerbatim: readonly string[]) {
  return {
    ...scanElements(root),
    missingVerbatim: missingVerbatim(root, expectedVerbatim),
    unboundedLongText: unboundedLongText(root),
  };
}

export const NO_PROBLEMS = {
  consoleErrors: [],
  brokenWords: [],
  injectedMarkup: [],
  missingVerbatim: [],
  unboundedLongText: [],
};
