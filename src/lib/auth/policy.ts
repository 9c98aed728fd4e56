import type { CurrentUser } from './me';

/**
 * What a role may do, in one place (the API enforces it too). Every "no" carries the
 * reason the UI shows beside the disabled control.
 */
export interface Permission {
  allowed: boolean;
  reason?: string;
}

/** The run statuses a retry may start from. */
export const RETRYABLE_STATUSES: readonly string[] = ['failed', 'completed_with_errors'];
const WRITERS = ['admin', 'editor'];

function roleAllowsWrites(user: CurrentUser | undefined): Permission {
  if (!user) return { allowed: false, reason: 'Checking your role…' };
  if (WRITERS.includes(user.role)) return { allowed: true };
  return { allowed: false, reason: `Your role (${user.role}) is read-only: only admins and editors can do this.` };
}

/** A run in one of these statuses may be retried, so it is also the only kind that can have retries. */
export function isRetryableStatus(status: string | undefined): boolean {
  return status !== undefined && RETRYABLE_STATUSES.includes(status);
}

/**
 * Whether this user may retry this run. The role is judged first, so a read-only user is told
 * why even before the run's status has arrived (undefined): the page does not move when it does.
 */
export function canRetry(user: CurrentUser | undefined, run: { status: string | undefined }): Permission {
  const byRole = roleAllowsWrites(user);
  if (!byRole.allowed) return byRole;
  // Not yet known: no reason to give, and nothing to allow.
  if (run.status === undefined) return { allowed: false };
  if (!isRetryableStatus(run.status)) {
    return {
      allowed: false,
      reason: `Only failed runs or runs completed with errors can be retried; this one is ${run.status.replace(/_/g, ' ')}.`,
    };
  }
  return { allowed: true };
}

export function canTriggerPoll(user: CurrentUser | undefined): Permission {
  return roleAllowsWrites(user);
}
