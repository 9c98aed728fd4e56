import { createGroupTally } from '../lib/error-groups';
import type { ErrorGroupsAnswer, ErrorGroupsPage } from './error-groups-protocol';

export interface GroupCounter {
  post: (page: ErrorGroupsPage) => void;
  close: () => void;
}

/**
 * Counts error groups in a Web Worker. Where there is none (jsdom in unit tests), or it
 * fails to start, the same counting runs here, a page per task: a page is 1,000 rows,
 * well under a long task.
 */
export function createGroupCounter(onAnswer: (answer: ErrorGroupsAnswer) => void): GroupCounter {
  const posted = new Map<number, ErrorGroupsPage>();
  let inThread: GroupCounter | null = typeof Worker === 'undefined' ? countInThread(onAnswer) : null;
  if (inThread) return inThread;

  // Vite bundles this as its own file (worker-src 'self' under the production CSP).
  const worker = new Worker(new URL('./error-groups.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<ErrorGroupsAnswer>) => onAnswer(event.data));
  worker.addEventListener('error', () => {
    worker.terminate();
    inThread = countInThread(onAnswer);
    for (const page of posted.values()) inThread.post(page);
  });
  return {
    post(page) {
      posted.set(page.offset, page);
      if (inThread) inThread.post(page);
      else worker.postMessage(page);
    },
    close() {
      worker.terminate();
      inThread?.close();
    },
  };
}

function countInThread(onAnswer: (answer: ErrorGroupsAnswer) => void): GroupCounter {
  const tally = createGroupTally();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    post(page) {
      tally.set(page.offset, page.rows);
      clearTimeout(timer);
      timer = setTimeout(() => onAnswer(tally.result()), 0);
    },
    close: () => clearTimeout(timer),
  };
}
