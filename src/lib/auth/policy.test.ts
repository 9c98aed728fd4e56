import { canRetry, canTriggerPoll } from './policy';

const admin = { name: 'A', role: 'admin' };
const editor = { name: 'E', role: 'editor' };
const viewer = { name: 'V', role: 'viewer' };

describe('canRetry', () => {
  it.each(['failed', 'completed_with_errors'])('lets admins and editors retry a %s run', (status) => {
    expect(canRetry(admin, { status }).allowed).toBe(true);
    expect(canRetry(editor, { status }).allowed).toBe(true);
  });

  it.each(['pending', 'running', 'completed', 'paused_by_operator'])('refuses a %s run, saying why', (status) => {
    const permission = canRetry(admin, { status });
    expect(permission.allowed).toBe(false);
    expect(permission.reason).toMatch(/only failed runs/i);
  });

  it('refuses a viewer, an unknown role and an unknown user, saying why', () => {
    expect(canRetry(viewer, { status: 'failed' })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/viewer.*read-only/),
    });
    expect(canRetry({ name: 'X', role: 'auditor' }, { status: 'failed' }).allowed).toBe(false);
    expect(canRetry(undefined, { status: 'failed' }).allowed).toBe(false);
  });

  it("tells a read-only user why before the run's status is known, and waits for it otherwise", () => {
    expect(canRetry(viewer, { status: undefined })).toEqual(canRetry(viewer, { status: 'failed' }));
    expect(canRetry(admin, { status: undefined })).toEqual({ allowed: false });
  });
});

describe('canTriggerPoll', () => {
  it('is for admins and editors only', () => {
    expect(canTriggerPoll(admin).allowed).toBe(true);
    expect(canTriggerPoll(editor).allowed).toBe(true);
    expect(canTriggerPoll(viewer).allowed).toBe(false);
  });
});
