import { z } from 'zod';
import { parseSearchText, SEARCH_MAX_LENGTH } from './search-query.ts';
import { LOCALES, UNITS, type Unit } from './types.ts';

/**
 * A choice in a staff form: a record's slug and how people recognise it. The server finds them
 * (lib/server/staff/list-form-options.ts, GET /api/staff/options) and the forms' pickers show
 * them, so both import it from here.
 */
export interface FormOption {
  slug: string;
  label: string;
}

/** An indicator as a form offers it: a figure's value is read in its unit. */
export type IndicatorOption = FormOption & { unit: Unit };

/**
 * The records a form picks by searching: tens of thousands of them at full size (10,000
 * indicators, 5,000 sources, 5,000 pledges), too many to send as a select's options.
 */
export const FORM_OPTION_KINDS = ['indicator', 'source', 'pledge'] as const;
export type FormOptionKind = (typeof FORM_OPTION_KINDS)[number];

/** Matches shown at once: a screenful to pick from; a longer text narrows them. */
export const FORM_OPTION_LIMIT = 20;

/** GET /api/staff/options: `q`, a part of a slug or a name in either language. */
export const formOptionQuerySchema = z
  .object({
    kind: z.enum(FORM_OPTION_KINDS),
    q: z
      .string()
      .refine(
        (text) => parseSearchText(text).ok,
        `must be 1–${SEARCH_MAX_LENGTH} characters without control characters`,
      ),
    lang: z.enum(LOCALES),
  })
  .strict();
export type FormOptionQuery = z.infer<typeof formOptionQuerySchema>;

export const formOptionSchema = z.object({
  slug: z.string(),
  label: z.string(),
  unit: z.enum(UNITS).optional(),
});

/** The answer: the best matches first, at most FORM_OPTION_LIMIT. */
export const formOptionListSchema = z.object({ options: z.array(formOptionSchema) });
export type FormOptionList = z.infer<typeof formOptionListSchema>;
