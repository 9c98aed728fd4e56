import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import {
  compileHintOnAppChunks,
  gzipHashedAssets,
  sonnerStylesAsFile,
  strictCspOnPreview,
} from './scripts/vite-plugins.ts';

/** Plain .ts tests that still need a DOM (localStorage, matchMedia, a page origin for fetch). */
const DOM_UNIT_TESTS = [
  'src/lib/api-client.test.ts',
  'src/app/theme.test.ts',
  'src/app/warm-fonts.test.ts',
  'src/features/watch/lib/desktop-notifications.test.ts',
  'deploy/**/*.test.ts',
];

/** The app's own code and the small libraries its pages share (not recharts, not the demo API). */
const SHARED_CODE = /[\\/]src[\\/]|[\\/]node_modules[\\/](zod|lossless-json|sonner|@tanstack)[\\/]/;

export default defineConfig({
  plugins: [
    sonnerStylesAsFile(),
    react(),
    tailwindcss(),
    strictCspOnPreview(),
    compileHintOnAppChunks(),
    gzipHashedAssets(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  build: {
    rolldownOptions: {
      output: {
        /**
         * Three kinds of chunk instead of one per set of importers (58 files, most under
         * 1 kB): the first route (everything the entry imports statically), one chunk of
         * the app's code and small libraries that two or more lazy chunks share, and each
         * page's own. A signed-in page then asks for 5 files instead of about 40; on a
         * mobile network each is a round trip, and HTTP/1.1 sends six at a time
         * (docs/benchmarks.md, "Fewer, larger chunks"). recharts, the demo API and the
         * workers keep chunks of their own, loaded only where they are used.
         */
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            {
              name: 'shared',
              minShareCount: 2,
              priority: 1,
              test: (id: string) => SHARED_CODE.test(id) && !id.includes('.worker'),
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Every core: Vitest's default (cores - 1) ran one worker on a 2-core CI runner while the
    // main process idled after transforming; 224 s -> 154 s for the whole suite there.
    maxWorkers: '100%',
    // Worker threads, each keeping its environment from file to file: setting up jsdom per
    // file was 60 of the suite's 160 s. Every file still starts clean: setup.ts unmounts,
    // resets the demo API and MSW's handlers, clears storage, the URL, fake timers and
    // stubbed globals after each test; restoreMocks undoes spies. How to check with shuffled
    // file orders: README, "npm scripts".
    pool: 'threads',
    isolate: false,
    // A jsdom environment costs seconds per file on a loaded machine, while pure logic, the
    // demo API and the contract tests need none: they run in plain Node.
    projects: [
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx', ...DOM_UNIT_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'mocks/**/*.test.ts',
            'openapi/**/*.test.ts',
            'deploy/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, ...DOM_UNIT_TESTS],
        },
      },
    ],
  },
});
