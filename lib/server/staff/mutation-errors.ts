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
  constructor(readonly recordType: string, readonly slug: string) {
    super(`There is no ${recordType} "${slug}".`);
  }
}
