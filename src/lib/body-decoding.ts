import type * as z from 'zod/mini';
import { parseJson } from './json';

/** An answer's body read and checked: its value, or what is wrong with it, in words. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string };

/** JSON (64-bit integers kept exact, json.ts) validated against `schema`. */
export function decodeBody<S extends z.ZodMiniType>(text: string, schema: S): Decoded<z.output<S>> {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    return { ok: false, problem: 'the body is not JSON' };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: describeIssue(parsed.error) };
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the body does not match the schema';
  const field = issue.path.length ? formatPath(issue.path) : 'the body';
  return `field "${field}": ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}
