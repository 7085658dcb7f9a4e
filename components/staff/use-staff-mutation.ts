'use client';

import { useMutation } from '@tanstack/react-query';
import type { FieldIssue, StaffApiError } from '@/lib/domain/api-error';

/** A staff route's refusal, with the error body it answered (or one made here: network, no body). */
export class StaffRequestError extends Error {
  constructor(readonly detail: StaffApiError) {
    super(detail.message);
  }
}

/**
 * Sends a request to a staff route and turns the answer into data or a StaffRequestError the form
 * can show field by field. The session cookie rides along; the route checks everything.
 */
export async function sendStaffRequest<Result>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: { json: unknown } | { csv: Blob },
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'Content-Type': body && 'csv' in body ? 'text/csv' : 'application/json' },
      body: body === undefined ? undefined : 'csv' in body ? body.csv : JSON.stringify(body.json),
      credentials: 'same-origin',
    });
  } catch {
    throw new StaffRequestError({ status: 0, code: 'network', message: 'network' });
  }
  const payload = (await response.json().catch(() => null)) as
    ({ error?: StaffApiError } & Result) | null;
  if (!response.ok)
    throw new StaffRequestError(
      payload?.error ?? { status: response.status, code: 'internal', message: 'internal' },
    );
  return payload as Result;
}

/** A staff form's JSON mutation, as a React Query mutation. */
export function useStaffMutation<Body, Result = Record<string, unknown>>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
) {
  return useMutation<Result, StaffRequestError, Body>({
    mutationFn: (body) =>
      sendStaffRequest<Result>(method, url, body === undefined ? undefined : { json: body }),
  });
}

/** The issues of one field, for the message beside its input. */
export function issuesOf(error: StaffRequestError | null, field: string): FieldIssue[] {
  return error?.detail.fields?.filter((issue) => issue.field === field) ?? [];
}
