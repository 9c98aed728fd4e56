import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { gzipHashedAssets, sonnerStylesAsFile, strictCspOnPreview } from './scripts/vite-plugins.ts';

/** Plain .ts tests that still need a DOM (localStorage, matchMedia, a page origin for fetch). */
const DOM_UNIT_TESTS = [
  'src/lib/api-client.test.ts',
  'src/app/theme.test.ts',
  'src/features/watch/lib/desktop-notifications.test.ts',
  'deploy/**/*.test.ts',
];

export default defineConfig({
  plugins: [sonnerStylesAsFile(), react(), tailwindcss(), strictCspOnPreview(), gzipHashedAssets()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
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
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'openapi/**/*.test.ts', 'deploy/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DOM_UNIT_TESTS],
        },
      },
    ],
  },
});
