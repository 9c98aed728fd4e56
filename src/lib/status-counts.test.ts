import { attentionCounts, countByStatus } from './status-counts';

describe('status counts', () => {
  it('counts each status, unknown ones too', () => {
    expect(countByStatus(['failed', 'running', 'failed', 'paused'])).toEqual({ failed: 2, running: 1, paused: 1 });
    expect(countByStatus([])).toEqual({});
  });

  it('picks running, failed and completed with errors; the total is every status', () => {
    expect(attentionCounts({ running: 1, failed: 2, completed_with_errors: 3, completed: 4, paused: 5 })).toEqual({
      running: 1,
      failed: 2,
      completedWithErrors: 3,
      total: 15,
    });
    expect(attentionCounts({})).toEqual({ running: 0, failed: 0, completedWithErrors: 0, total: 0 });
  });
});
