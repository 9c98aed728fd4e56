import indexHtml from '../../index.html?raw';

// A plain script of public/, not a module of the app: imported by a path TypeScript does not follow.
const WARMUP_SCRIPT = '../../public/intl-warmup.js';

describe('the Intl warm-up (public/intl-warmup.js)', () => {
  it('starts the warm-up worker as it runs', async () => {
    const started: unknown[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: unknown) {
          started.push(url);
        }
      },
    );
    vi.resetModules();
    await import(/* @vite-ignore */ WARMUP_SCRIPT);
    expect(started).toEqual(['/intl-warmup.worker.js']);
  });

  it('runs without workers, starting none', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.resetModules();
    await expect(import(/* @vite-ignore */ WARMUP_SCRIPT)).resolves.toBeDefined();
  });

  it('is a script of its own in index.html, not waiting for the app to load', () => {
    expect(indexHtml).toMatch(/<script src="\/intl-warmup\.js" async><\/script>/);
  });
});
