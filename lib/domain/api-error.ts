import { z } from 'zod';

/**
 * The error of every API answer this site gives, in one shape: the read API (/api/v1), chart data,
 * downloads, staff changes and sign-in. Pure, so the server that writes it (to-error-response.ts)
 * and the browser that reads it (components/staff) share one definition, and the OpenAPI document
 * describes the read API's part of it (errorSchema in api-v1/schemas.ts).
 */

/** A problem with one field of a submitted form, named by a code the form translates. */
export const fieldIssueSchema = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  /** The HTTP status, repeated for clients that only keep the body. */
  status: z.number().int(),
  /**
   * What went wrong, for code to act on (the staff forms translate it: messages/*.json →
   * staff.errors). Every staff and sign-in answer names one; the read API's answers do not: their
   * exact body is published and pinned by its end-to-end tests.
   */
  code: z.string().optional(),
  /** For a person: what went wrong and what to do. Never a stack trace, SQL or ORM message. */
  message: z.string(),
  /** The query parameter at fault, for a 400. */
  parameter: z.string().optional(),
  /** Every wrong field of a refused form, so each can be marked beside its input. */
  fields: z.array(fieldIssueSchema).optional(),
  /** What is stored now, when someone else changed it first (409). */
  current: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Names the server's log entry of an unexpected failure (500). */
  reference: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** The error of a staff or sign-in answer: these always name a code, which the forms translate. */
export type StaffApiError = ApiError & { code: string };

/**
 * An error answer's body. Staff answers also say `ok: false`, as their successes say `ok: true`;
 * a route may add details of its own beside the shared ones (a refused import: `summary`, `result`).
 */
export type ApiErrorBody = { ok?: false; error: ApiError & Record<string, unknown> };
