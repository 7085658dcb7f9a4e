import 'server-only';
import type { z } from 'zod';
import type { FieldIssue } from '../../domain/api-error.ts';

/**
 * A request body's zod issues as field codes the forms translate; schemas name their codes in
 * `error` (e.g. 'required', 'invalid-date').
 */
export function toFieldIssues(error: z.ZodError, raw: unknown): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const field = issue.path.map(String).join('.');
    // What was typed, so the message can quote it ("'많이' is not a number").
    const typed = issue.path.reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object'
          ? (value as Record<PropertyKey, unknown>)[key]
          : undefined,
      raw,
    );
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return { field, code: 'required' };
    if (issue.code === 'too_big')
      return { field, code: 'too-long', params: { max: Number(issue.maximum) } };
    if (issue.code === 'unrecognized_keys')
      return { field: issue.keys.join(','), code: 'unknown-field' };
    if (issue.code === 'invalid_value') return { field, code: 'invalid-choice' };
    const code = /^[a-z-]+$/.test(issue.message) ? issue.message : 'invalid';
    // Never echo a password: the refusal is logged, and the log can never be erased.
    const secret = /password/i.test(field);
    return typeof typed === 'string' && !secret
      ? { field, code, params: { input: typed.slice(0, 80) } }
      : { field, code };
  });
}
