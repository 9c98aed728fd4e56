import * as z from 'zod/mini';
import { decodeBody } from './body-decoding';
import { offThreadDecoder, serveDecoding } from './off-thread-decoding';

const schema = z.object({ id: z.bigint(), name: z.string() });

/** A worker in this thread: answers as serveDecoding does, or fails to start. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly received: { id: number; text: string }[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(request: { id: number; text: string }) {
    this.received.push(request);
  }
  answer(index: number) {
    const request = this.received[index];
    if (!request) throw new Error(`no request ${index}`);
    const data = { id: request.id, decoded: decodeBody(request.text, schema) };
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  terminate() {
    this.terminated = true;
  }
}

const start = () => new FakeWorker() as unknown as Worker;

describe('offThreadDecoder', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
  });

  it('starts one worker on the first body, and matches each answer to its body', async () => {
    const decode = offThreadDecoder<typeof schema>(start);
    expect(FakeWorker.started).toHaveLength(0);
    const first = decode('{"id": 18446744073709551615, "name": "a"}');
    const second = decode('{"id": 18446744073709551615, "name": 2}');
    expect(FakeWorker.started).toHaveLength(1);
    const worker = FakeWorker.started[0]!;
    worker.answer(1);
    worker.answer(0);
    await expect(first).resolves.toEqual({ ok: true, value: { id: 18446744073709551615n, name: 'a' } });
    await expect(second).resolves.toEqual({ ok: false, problem: expect.stringMatching(/^field "name": /) });
  });

  it('hands every waiting body back (null: decode it here) when the worker fails, and starts no other', async () => {
    const decode = offThreadDecoder<typeof schema>(start);
    const waiting = decode('{}');
    FakeWorker.started[0]!.dispatchEvent(new Event('error'));
    await expect(waiting).resolves.toBeNull();
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    await expect(decode('{}')).resolves.toBeNull();
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('is null where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(offThreadDecoder<typeof schema>(start)('{}')).resolves.toBeNull();
  });
});

describe('serveDecoding', () => {
  it("answers each body with decodeBody's verdict, by its id", () => {
    const listeners: ((event: MessageEvent) => void)[] = [];
    const posted: unknown[] = [];
    vi.stubGlobal('addEventListener', (type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') listeners.push(listener);
    });
    vi.stubGlobal('postMessage', (message: unknown) => posted.push(message));
    serveDecoding(schema);
    listeners[0]?.(new MessageEvent('message', { data: { id: 7, text: '{"id": 9007199254740993, "name": "b"}' } }));
    listeners[0]?.(new MessageEvent('message', { data: { id: 8, text: '{"id": 1,' } }));
    expect(posted).toEqual([
      { id: 7, decoded: { ok: true, value: { id: 9007199254740993n, name: 'b' } } },
      { id: 8, decoded: { ok: false, problem: 'the body is not JSON' } },
    ]);
  });
});
