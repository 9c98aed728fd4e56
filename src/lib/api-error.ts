/**
 * Every failure of an API call becomes one ApiError, so components show one kind of
 * message: the API's own `message` and `error_code` where it sent them, else a
 * human sentence for what went wrong.
 */
export type ApiErrorKind =
  | 'http' // the API answered with an error status
  | 'malformed' // the body was not JSON, or broke the schema
  | 'network' // no answer: connection refused or dropped
  | 'timeout'; // no answer in time

export interface ApiErrorInit {
  kind: ApiErrorKind;
  endpoint: string;
  status?: number;
  errorCode?: string;
  apiMessage?: string;
  details?: unknown;
  /** For `malformed`: which field broke the schema, and how. */
  problem?: string;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly errorCode: string | undefined;
  readonly apiMessage: string | undefined;
  readonly details: unknown;
  readonly problem: string | undefined;

  constructor(init: ApiErrorInit) {
    super(describe(init));
    this.name = 'ApiError';
    this.kind = init.kind;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.apiMessage = init.apiMessage;
    this.details = init.details;
    this.problem = init.problem;
  }

  /** Worth trying again by itself: the server or the network may recover. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' &&
        (this.status === 500 ||
          this.status === 502 ||
          this.status === 503 ||
          this.status === 504 ||
          this.status === 429))
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The API answered 404: what was asked for does not exist (asking again will not make it). */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 404;
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The API rejected the request as invalid.',
  401: 'Your session has ended. Sign in again.',
  403: 'Your role is not allowed to do this.',
  404: 'Not found.',
  410: 'This no longer exists.',
  422: 'The API cannot do this in the current state.',
  429: 'The API is rate-limiting requests; retrying.',
  500: 'The API had an internal error; retrying.',
  502: 'The API gateway failed; retrying.',
  503: 'The API is unavailable right now; retrying.',
  504: 'The API gateway timed out; retrying.',
};

function describe(init: ApiErrorInit): string {
  switch (init.kind) {
    case 'malformed':
      return `The API sent a malformed answer to ${init.endpoint}${init.problem ? `: ${init.problem}` : ''}.`;
    case 'network':
      return `No answer from the API for ${init.endpoint}: the connection failed or was dropped.`;
    case 'timeout':
      return `The API did not answer ${init.endpoint} in time.`;
    case 'http': {
      const fallback = STATUS_MESSAGES[init.status ?? 0] ?? `The API answered ${init.status}.`;
      return init.apiMessage?.trim() ? init.apiMessage : fallback;
    }
  }
}

/** A short human sentence for any error, for places that cannot show the whole ApiError. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** The generic sentence for a status, e.g. to say that a 503 is being retried. */
export function statusMessage(status: number | undefined): string | undefined {
  return status === undefined ? undefined : STATUS_MESSAGES[status];
}
