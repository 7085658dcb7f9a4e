import 'server-only';
import type { ApiErrorBody } from '../../domain/api-error.ts';
import { isConnectionTimeoutError } from '../database/is-connection-timeout-error.ts';
import { isDuplicateKeyError } from '../database/is-duplicate-key-error.ts';
import {
  ConflictError,
  InvalidInputError,
  RecordNotFoundError,
  RefusedError,
  type Refusal,
} from '../staff/mutation-errors.ts';

/**
 * The one place route handlers turn a failure into a response. Expected problems carry their
 * status and a message meant for the caller; anything else is logged here and answered with a
 * generic 500 that leaks no stack trace, SQL or ORM message.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The query parameter at fault, for a 400. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export interface ErrorResponseOptions {
  /**
   * Staff routes (changes, sign-in) answer `ok: false` beside the error, as their successes say
   * `ok: true`, and name a code even for a 500, since the forms translate codes.
   */
  staff?: boolean;
  /** Names the failed change in the server log, e.g. "figure.correct". */
  action?: string;
  /** The reference the caller already gave the failure (an audit row); a new one otherwise. */
  reference?: string;
}

// The read API's 500 message is published (e2e/error-page.spec.ts); the staff forms show their own
// translation of code 'internal' instead of theirs.
const INTERNAL_MESSAGE = {
  public: 'Internal error: nothing was changed. Please try again later.',
  staff: 'Nothing was changed: an internal error occurred. Please try again later.',
};

/**
 * Every pooled connection stayed busy for the pool's whole wait (a burst of slow requests): the
 * request is fine and will likely pass in a moment, so it is a 503 with a Retry-After rather than
 * a 500. No query ran, so nothing changed. Retry-After is a guess at how long such a burst lasts.
 */
const BUSY_RETRY_AFTER_SECONDS = 5;
const BUSY_MESSAGE = {
  public: `The database is busy: nothing was changed. Please try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
  staff: `Nothing was changed: the database is busy. Please try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
};

const DUPLICATE_MESSAGE =
  'Someone else saved the same record at the same moment; nothing was changed. Reload and try again.';

/**
 * An expected failure as a refusal, or null for an unexpected one:
 *
 * | error                      | status | outcome  | code                |
 * | -------------------------- | ------ | -------- | ------------------- |
 * | RefusedError               | its own (with its headers, e.g. Retry-After)   |
 * | InvalidInputError          | 422    | invalid  | invalid-input       |
 * | ConflictError              | 409    | conflict | its own, + current  |
 * | RecordNotFoundError        | 404    | invalid  | not-found           |
 * | duplicate key (P2002/23505)| 409    | conflict | duplicate           |
 *
 * A zod failure is not here on purpose: input is parsed at the boundary (parseQuery answers 400,
 * defineMutation 422 with fields), so a ZodError that reaches this far comes from checking our own
 * data, and is a 500 like any other bug.
 */
export function toRefusal(error: unknown): Refusal | null {
  if (error instanceof RefusedError) return error.refusal;
  if (error instanceof InvalidInputError)
    return {
      status: 422,
      outcome: 'invalid',
      code: 'invalid-input',
      message: error.message,
      fields: error.issues,
      details: error.extra,
    };
  if (error instanceof ConflictError)
    return {
      status: 409,
      outcome: 'conflict',
      code: error.code,
      message: error.message,
      current: error.current,
    };
  if (error instanceof RecordNotFoundError)
    return { status: 404, outcome: 'invalid', code: 'not-found', message: error.message };
  // A unique key another request took between a check and a write that did not expect it.
  if (isDuplicateKeyError(error))
    return {
      status: 409,
      outcome: 'conflict',
      code: 'duplicate',
      message: DUPLICATE_MESSAGE,
      current: null,
    };
  return null;
}

/**
 * The response to any failure, in the one error shape (lib/domain/api-error.ts): HttpError with
 * its status (and the parameter at fault), a refusal (see toRefusal) with its code, no database
 * connection in time a 503 with Retry-After (code 'database-busy' for staff), and anything else a
 * 500 with a reference to the server log.
 */
export function toErrorResponse(error: unknown, options: ErrorResponseOptions = {}): Response {
  const dialect = options.staff ? { ok: false as const } : {};
  const answer = (body: ApiErrorBody, headers: Record<string, string> = {}) =>
    Response.json(
      { ...dialect, ...body },
      { status: body.error.status, headers: { 'Cache-Control': 'no-store', ...headers } },
    );

  if (error instanceof HttpError) {
    const { status, message, parameter } = error;
    return answer({ error: { status, message, ...(parameter ? { parameter } : {}) } });
  }
  const refusal = toRefusal(error);
  if (refusal) {
    const { status, code, message, fields, current, details, headers } = refusal;
    return answer(
      {
        error: {
          status,
          code,
          message,
          ...(fields ? { fields } : {}),
          ...(current !== undefined ? { current } : {}),
          ...details,
        },
      },
      headers,
    );
  }
  const reference = options.reference ?? crypto.randomUUID();
  if (isConnectionTimeoutError(error)) {
    // One line, no stack: under a burst there is one per request, and the stack says nothing.
    console.error(
      `[pledgeboard] ${options.action ?? 'request'} answered 503 (${reference}): ${(error as Error).message}`,
    );
    return answer(
      {
        error: options.staff
          ? { status: 503, code: 'database-busy', message: BUSY_MESSAGE.staff, reference }
          : { status: 503, message: BUSY_MESSAGE.public, reference },
      },
      { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
    );
  }
  console.error(
    options.action
      ? `[pledgeboard] ${options.action} failed (${reference})`
      : `[pledgeboard] unexpected error ${reference}`,
    error,
  );
  return answer({
    error: options.staff
      ? { status: 500, code: 'internal', message: INTERNAL_MESSAGE.staff, reference }
      : { status: 500, message: INTERNAL_MESSAGE.public, reference },
  });
}
