import { createGroupTally } from '../lib/error-groups';
import type { ErrorGroupsAnswer, ErrorGroupsPage } from './error-groups-protocol';

/**
 * Counts error groups off the main thread, one error page per message. Pages that arrive
 * together are answered once, after the queue has drained.
 */
const tally = createGroupTally();
let answerQueued = false;

addEventListener('message', (event: MessageEvent<ErrorGroupsPage>) => {
  tally.set(event.data.offset, event.data.rows);
  if (answerQueued) return;
  answerQueued = true;
  setTimeout(() => {
    answerQueued = false;
    const answer: ErrorGroupsAnswer = tally.result();
    postMessage(answer);
  }, 0);
});
