import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isDemoApi, loadConfig } from './lib/config';
import './index.css';

async function start() {
  await loadConfig();
  if (isDemoApi()) {
    // The demo API is code-split: a build pointed at a real API never downloads it.
    const { startDemoWorker } = await import('../mocks/browser');
    await startDemoWorker();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
