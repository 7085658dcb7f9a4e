import 'server-only';
import type { FieldIssue } from '../../domain/api-error.ts';
import type { AuditOutcome } from '../audit/record-audit-event.ts';

/**
 * A refusal as the caller is answered (to-error-response.ts turns it into the error body) and as
 * the audit log records it (`outcome` and `code`; defineMutation writes the row).
 */
export interface Refusal {
  status: number;
  outcome: Exclude<AuditOutcome, 'ok' | 'failed'>;
  code: string;
  message: string;
  fields?: FieldIssue[];
  /** What is stored now, for a conflict; null when it could not be read. */
  current?: Record<string, unknown> | null;
  /** More for the caller, beside the shared fields (a refused import's summary and result). */
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Bad input (422): every wrong field at once, so the form can mark each beside its input. */
export class InvalidInputError extends Error {
  constructor(
    readonly issues: FieldIssue[],
    /** More for the caller, e.g. an import's row-by-row result. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`Invalid input: ${issues.map((issue) => `${issue.field} (${issue.code})`).join(', ')}`);
  }
}

/**
 * Someone else changed the record after this form was opened (409). `current` is what is stored
 * now, so the person sees the newer value instead of silently overwriting it.
 */
export class ConflictError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly current: Record<string, unknown> | null,
    /** Reads what is stored now, once the failed transaction has rolled back. */
    readonly loadCurrent?: () => Promise<Record<string, unknown> | null>,
  ) {
    super(message);
  }

  /** This conflict with `current` read now: call it after the transaction has rolled back. */
  async withCurrent(): Promise<ConflictError> {
    return this.loadCurrent
      ? new ConflictError(this.code, this.message, await this.loadCurrent())
      : this;
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly recordType: string,
    readonly slug: string,
  ) {
    super(`There is no ${recordType} "${slug}".`);
  }
}

/**
 * A refusal the code decides itself (e.g. a wrong current password, 422, or an account locked
 * after too many, 429). Thrown inside a mutation's transaction so nothing is written;
 * defineMutation then answers it and logs it with its own outcome and code, outside the
 * rolled-back transaction, so the entry stays (and counts, where a lock-out reads it).
 */
export class RefusedError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}
