import { z } from 'zod';
import { parseFigureValue } from '../../domain/parse-figure-value.ts';
import { readReportedDate } from '../../domain/parse-reported-date.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../domain/slug.ts';

/**
 * Shared pieces of the staff forms' schemas. Each `error` is a code the form translates
 * (messages/*.json, staff.errors), so the same check reads right in Korean and in English.
 */
export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max);

/** Optional text: blank means none. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

/** The slug of an existing record a form refers to (its indicator, source, an earlier pledge). */
export const slugReference = requiredText(SLUG_MAX_LENGTH);

/**
 * A slug staff may name, by the same rule as an import's slug cell and a URL (slug.ts); blank means
 * "make one from the record", as an empty cell does.
 */
export const optionalSlug = z
  .string()
  .trim()
  .max(SLUG_MAX_LENGTH)
  .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), { error: 'slug-format' })
  .optional()
  .transform((value) => (value ? value : null));

export { TEXT_LIMITS as LIMITS } from '../../domain/text-limits.ts';

/**
 * A value as typed, checked in every form a value can take (the indicator's own unit is checked
 * later, once it is known), so one refusal names every wrong field with its precise reason.
 */
export const valueText = requiredText(60).superRefine((text, ctx) => {
  const read = parseFigureValue(text, undefined);
  if (!read.ok) ctx.addIssue({ code: 'custom', message: read.code });
});

/** A date as typed ("2025", "2025-09", "2025. 9. 24."), refused with why: no date, or no such day. */
export const dateText = requiredText(30).superRefine((text, ctx) => {
  const read = readReportedDate(text);
  if (!('date' in read)) ctx.addIssue({ code: 'custom', message: read.code });
});
