'use client';

import { useMutation } from '@tanstack/react-query';

export interface FieldIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface StaffError {
  status: number;
  code: string;
  message: string;
  fields?: FieldIssue[];
  current?: Record<string, unknown> | null;
}

export class StaffRequestError extends Error {
  constructor(readonly detail: StaffError) {
    super(detail.message);
  }
}

/**
 * Sends a staff form to its route as JSON and turns the answer into data or a StaffRequestError
 * the form can show field by field. The session cookie rides along; the route checks everything.
 */
export function useStaffMutation<Body, Result = Record<string, unknown>>(method: 'POST' | 'PATCH' | 'DELETE', url: string) {
  return useMutation<Result, StaffRequestError, Body>({
    mutationFn: async (body) => {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: 'same-origin',
        });
      } catch {
        throw new StaffRequestError({ status: 0, code: 'network', message: 'network' });
      }
      const payload = (await response.json().catch(() => null)) as ({ error?: StaffError } & Result) | null;
      if (!response.ok) throw new StaffRequestError(payload?.error ?? { status: response.status, code: 'internal', message: 'internal' });
      return payload as Result;
    },
  });
}

/** The issues of one field, for the message beside its input. */
export function issuesOf(error: StaffRequestError | null, field: string): FieldIssue[] {
  return error?.detail.fields?.filter((issue) => issue.field === field) ?? [];
}
