import type * as z from 'zod/mini';
import { decodeBody, type Decoded } from './body-decoding';

/**
 * Long answers (an error page: 1,000 rows, about 85 KB) read and validated in a Web Worker,
 * so the page's main thread only receives the finished value: validating such a page took
 * 5–30 ms of the main thread, and a run with 100,000 errors has a hundred of them. Shorter
 * bodies cost less than the trip there and back.
 */
export const OFF_THREAD_CHARS = 32_000;

interface DecodeRequest {
  id: number;
  text: string;
}

interface DecodeAnswer {
  id: number;
  decoded: Decoded<unknown>;
}

/** Decodes a body in a worker; null when there is no worker (none in jsdom, or it failed): decode it here. */
export type OffThreadDecoder<T> = (text: string) => Promise<Decoded<T> | null>;

/** In the worker: answers each body with decodeBody's verdict against `schema`. */
export function serveDecoding(schema: z.ZodMiniType): void {
  addEventListener('message', (event: MessageEvent<DecodeRequest>) => {
    const answer: DecodeAnswer = { id: event.data.id, decoded: decodeBody(event.data.text, schema) };
    postMessage(answer);
  });
}

/**
 * In the page: one worker (started by `start` on the first long body, which runs
 * serveDecoding with the schema of type S), answering bodies in the order sent.
 */
export function offThreadDecoder<S extends z.ZodMiniType>(start: () => Worker): OffThreadDecoder<z.output<S>> {
  let worker: Worker | null | undefined;
  let nextId = 0;
  const waiting = new Map<number, (decoded: Decoded<z.output<S>> | null) => void>();

  function running(): Worker | null {
    if (worker !== undefined) return worker;
    if (typeof Worker === 'undefined') return (worker = null);
    const started = start();
    started.addEventListener('message', (event: MessageEvent<DecodeAnswer>) => {
      waiting.get(event.data.id)?.(event.data.decoded as Decoded<z.output<S>>);
      waiting.delete(event.data.id);
    });
    started.addEventListener('error', () => {
      started.terminate();
      worker = null;
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    });
    return (worker = started);
  }

  return (text) => {
    const target = running();
    if (!target) return Promise.resolve(null);
    const id = nextId++;
    const request: DecodeRequest = { id, text };
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      target.postMessage(request);
    });
  };
}
