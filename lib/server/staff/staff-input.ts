import { z } from 'zod';

/**
 * Shared pieces of the staff forms' schemas. Each `error` is a code the form translates
 * (messages/*.json, staff.errors), so the same check reads right in Korean and in English.
 */
export const requiredText = (max: number) => z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max);

/** Optional text: blank means none. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const optionalSlug = z
  .string()
  .trim()
  .max(80)
  .regex(/^$|^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'slug-format' })
  .optional()
  .transform((value) => (value ? value : null));

export const LIMITS = { quote: 2000, note: 1000, reason: 1000, title: 300, name: 200, url: 2000 } as const;
