import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { gzipHashedAssets, sonnerStylesAsFile, strictCspOnPreview } from './scripts/vite-plugins.ts';

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
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'openapi/**/*.test.ts', 'deploy/**/*.test.ts'],
    restoreMocks: true,
  },
});
