import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter, prefetchFirstPage } from './app/app';
import { warmFonts } from './app/warm-fonts';
import { isDemoApi, loadConfig } from './lib/config';
import { yieldToMain } from './lib/yield-to-main';
import './index.css';

async function start() {
  const config = loadConfig();
  void warmFonts();
  // The modules' evaluation ends here, and the router's first navigation runs in a task of
  // its own: together they were one task of 80–150 ms on a two-core machine.
  await yieldToMain();
  const router = createAppRouter();
  await config;
  if (isDemoApi()) {
    // The demo API is code-split: a build pointed at a real API never downloads it.
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  }
  prefetchFirstPage(router);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}

void start();
