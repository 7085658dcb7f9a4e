import 'server-only';

/** A problem with one field of the submitted form, named by a code the form translates. */
export interface FieldIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
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
    readonly current: unknown,
    /** Reads what is stored now, once the failed transaction has rolled back. */
    readonly loadCurrent?: () => Promise<unknown>,
  ) {
    super(message);
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
 * A refusal the mutation decides itself (e.g. a wrong current password, 422, or an account locked
 * after too many, 429). Thrown inside the transaction so nothing is written; defineMutation then
 * answers it and logs it with its own outcome and code, outside the rolled-back transaction, so
 * the entry stays (and counts, where a lock-out reads it).
 */
export class RefusedError extends Error {
  constructor(
    readonly refusal: {
      status: number;
      outcome: 'denied' | 'invalid' | 'limited';
      code: string;
      message: string;
      fields?: FieldIssue[];
      headers?: Record<string, string>;
    },
  ) {
    super(refusal.message);
  }
}
