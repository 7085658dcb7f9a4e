import { z } from 'zod';
import { apiErrorSchema } from '../api-error.ts';
import { decodeFigureCursor } from './figure-cursor.ts';
import { decodeFeedCursor, FEED_PAGE_SIZE, feedFilterShape } from '../feed.ts';
import { PLEDGE_STATUSES } from '../pledge-status.ts';
import { VERDICT_FILTERS, VERDICT_RATINGS } from '../verdict.ts';
import {
  SEARCH_KINDS,
  SEARCH_MAX_LENGTH,
  SEARCH_MIN_FULL_LENGTH,
  SEARCH_RESULTS_PER_KIND,
  parseSearchText,
} from '../search-query.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { DATE_PRECISIONS, LOCALES, MEASURES, PLEDGE_KINDS, UNITS } from '../types.ts';
import { DATE_RANGE_TEXT, isYearInRange } from '../year-range.ts';

/**
 * The read API's contract, once: route handlers validate queries with these schemas, responses
 * are typed by them, and /api/v1/openapi.json is generated from them (z.toJSONSchema), so the
 * document cannot drift from what the code accepts and returns. One file, over 400 lines, on
 * purpose: it is the whole contract a client reads against the OpenAPI document, and the query
 * and answer schemas of one resource sit side by side.
 */

const slug = z
  .string()
  .regex(
    SLUG_PATTERN,
    'must be a slug such as "startup-fund" (lower-case letters, digits and hyphens)',
  );
// A real calendar day in the years the dashboard keeps (year-range.ts); PostgreSQL has no year 0.
const isoDate = z.iso
  .date({ message: `must be a date as YYYY-MM-DD, from ${DATE_RANGE_TEXT}` })
  .refine((date) => isYearInRange(Number(date.slice(0, 4))), {
    message: `must be a date from ${DATE_RANGE_TEXT}`,
  });

export const MAX_PAGE_SIZE = 500;
const pagination = {
  page: z.coerce
    .number({ message: 'must be a whole number ≥ 1' })
    .int('must be a whole number ≥ 1')
    .min(1, 'must be a whole number ≥ 1')
    .default(1)
    .describe('1-based page number'),
  pageSize: z.coerce
    .number({ message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
    .int(`must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .min(1, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .default(100)
    .describe('items per page'),
};

export const indicatorsQuerySchema = z
  .object({ theme: slug.optional().describe('theme slug, e.g. "startups"'), ...pagination })
  .strict();

/** Figures a page number can reach; deeper pages go by cursor, which costs the same at any depth. */
export const MAX_PAGE_DEPTH = 10_000;

export const figuresQuerySchema = z
  .object({
    indicator: slug.optional().describe('indicator slug, e.g. "startup-fund"'),
    theme: slug.optional().describe('theme slug'),
    source: slug.optional().describe('source slug: figures quoted from this source'),
    from: isoDate.optional().describe('earliest observed date (inclusive)'),
    to: isoDate.optional().describe('latest observed date (inclusive)'),
    page: pagination.page.describe(
      `1-based page number, for the first ${MAX_PAGE_DEPTH.toLocaleString('en')} figures of a view; beyond them, follow links.next`,
    ),
    pageSize: pagination.pageSize,
    cursor: z
      .string()
      .max(500, 'must be the cursor of a links.next link, unchanged')
      .refine((text) => decodeFigureCursor(text) !== null, {
        message: 'must be the cursor of a links.next link, unchanged',
      })
      .optional()
      .describe(
        'where the page starts, as given in links.next: every page then costs the same however deep (use instead of page)',
      ),
  })
  .strict()
  .superRefine((query, context) => {
    if (query.cursor !== undefined && query.page !== 1)
      context.addIssue({
        code: 'custom',
        path: ['page'],
        message: 'give either page or cursor, not both',
      });
    if (query.page * query.pageSize > MAX_PAGE_DEPTH)
      context.addIssue({
        code: 'custom',
        path: ['page'],
        message: `pages reach the first ${MAX_PAGE_DEPTH.toLocaleString('en')} figures; go further with links.next (a cursor), which any depth answers as fast`,
      });
  });

export const pledgesQuerySchema = z
  .object({
    indicator: slug.optional().describe('indicator slug'),
    theme: slug.optional().describe('theme slug'),
    administration: slug.optional().describe('administration slug, e.g. "min-8"'),
    status: z.enum(PLEDGE_STATUSES).optional().describe('computed status'),
    verdict: z
      .enum(VERDICT_FILTERS)
      .optional()
      .describe('verdict in force (NONE: pledges on which no verdict was published)'),
    asOf: isoDate.optional().describe('compute statuses as of this date (default: today in Seoul)'),
    ...pagination,
  })
  .strict();

export const sourcesQuerySchema = z.object({ ...pagination }).strict();

const SEARCH_TEXT_MESSAGES = {
  empty: 'must be the text to look for, not empty',
  'too-long': `must be at most ${SEARCH_MAX_LENGTH} characters`,
  'control-characters': 'must not contain control characters (tabs, line breaks, NUL)',
} as const;

export const MAX_SEARCH_LIMIT = 50;

export const searchQuerySchema = z
  .object({
    q: z
      .string()
      .superRefine((text, context) => {
        const parsed = parseSearchText(text);
        if (!parsed.ok)
          context.addIssue({ code: 'custom', message: SEARCH_TEXT_MESSAGES[parsed.problem] });
      })
      .describe(
        `text to find anywhere in a word, Korean or English, any case (1–${SEARCH_MAX_LENGTH} characters); under ${SEARCH_MIN_FULL_LENGTH} characters only indicator and pledge names are searched`,
      ),
    kind: z.enum(SEARCH_KINDS).optional().describe('search this kind only (default: all four)'),
    limit: z.coerce
      .number({ message: `must be a whole number from 1 to ${MAX_SEARCH_LIMIT}` })
      .int(`must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`)
      .min(1, `must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`)
      .max(MAX_SEARCH_LIMIT, `must be a whole number from 1 to ${MAX_SEARCH_LIMIT}`)
      .default(SEARCH_RESULTS_PER_KIND)
      .describe('results per kind'),
  })
  .strict();
export const noQuerySchema = z.object({}).strict();

/** One indicator's feed or one administration's, never both at once. */
function refineFeedFilter(
  query: { indicator?: string; administration?: string },
  context: z.RefinementCtx,
) {
  if (query.indicator !== undefined && query.administration !== undefined)
    context.addIssue({
      code: 'custom',
      path: ['administration'],
      message: 'give indicator or administration, not both',
    });
}

/** /feed.xml: the Atom feed, in Korean or (lang=en) English, as chart images choose. */
export const feedXmlQuerySchema = z
  .object({
    lang: z.enum(LOCALES, { message: 'must be ko or en' }).default('ko'),
    ...feedFilterShape,
  })
  .strict()
  .superRefine(refineFeedFilter);

export const feedQuerySchema = z
  .object({
    ...feedFilterShape,
    cursor: z
      .string()
      .max(500, 'must be the cursor of a links.next link, unchanged')
      .refine((text) => decodeFeedCursor(text) !== null, {
        message: 'must be the cursor of a links.next link, unchanged',
      })
      .optional()
      .describe(
        `where the page starts, as given in links.next (each page holds ${FEED_PAGE_SIZE})`,
      ),
  })
  .strict()
  .superRefine(refineFeedFilter);

const localized = z.object({ ko: z.string(), en: z.string() });
const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('exact decimal in base units (won, not 억원)');
const precision = z.enum(DATE_PRECISIONS);

export const sourceRefSchema = z.object({
  slug: z.string(),
  title: z.string(),
  publisher: z.string(),
  publisherInferred: z.boolean(),
  published: z
    .string()
    .describe('the publication date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD'),
  publishedPrecision: precision,
  publishedInferred: z.boolean(),
  url: z.string().nullable(),
});

export const indicatorSchema = z.object({
  slug: z.string(),
  name: localized,
  description: localized,
  unit: z.enum(UNITS),
  measure: z.enum(MEASURES),
  higherIsBetter: z.boolean(),
  theme: z.object({ slug: z.string(), name: localized }),
  links: z.object({ page: z.string(), csv: z.string() }),
});

export const figureSchema = z.object({
  slug: z.string(),
  indicator: z.string(),
  value: decimal,
  unit: z.enum(UNITS),
  display: localized.describe(
    'the value as the dashboard writes it, e.g. "6,192억 원" / "KRW 619.2 billion"',
  ),
  date: z.string().describe('as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD'),
  datePrecision: precision,
  revision: z.number().int().describe('1 = as first reported; higher = corrected'),
  quote: z.string().describe('the exact sentence of the source'),
  note: z.object({ ko: z.string().nullable(), en: z.string().nullable() }),
  source: sourceRefSchema,
});

export const statusSchema = z.object({
  code: z.enum(PLEDGE_STATUSES),
  label: localized,
  reason: localized,
  asOf: z.string(),
  share: z
    .number()
    .nullable()
    .describe('latest ÷ target (more is better) or share of the planned cut (less is better)'),
  paceRatio: z.number().nullable().describe('observed ÷ required progress on the straight path'),
  achievedOn: z.string().nullable(),
  monthsEarly: z.number().int().nullable(),
});

export const verdictSchema = z.object({
  rating: z
    .enum(VERDICT_RATINGS)
    .describe(
      'the published scale: 완료 COMPLETED, 이행 후 계속 추진 COMPLETED_ONGOING, 정상 추진 IN_PROGRESS, 일부 추진 PARTLY_DONE, 보류 ON_HOLD, 폐기 DROPPED, NOT_YET_RATED (definitions: /methodology)',
    ),
  label: localized,
  politifact: z.string().describe('the PolitiFact rating this stage corresponds to'),
  reasoning: localized.describe("the editor's reasoning"),
  publishedAt: z.string().describe('when it was published (ISO instant)'),
  reviewed: z
    .boolean()
    .describe('approved by a second staff member (false: the initial dataset, or review was off)'),
  corrected: z.boolean().describe('it changed an earlier published rating'),
  disagreesWithStatus: z
    .boolean()
    .describe('the verdict and the computed status contradict each other; both are kept'),
  evidence: z.array(
    z.object({
      quote: z.string().describe('the exact words of the source'),
      date: z.string().describe('the date the evidence speaks of: YYYY, YYYY-MM or YYYY-MM-DD'),
      datePrecision: precision,
      source: sourceRefSchema,
    }),
  ),
  links: z.object({ page: z.string().describe('the pledge page, where its history is') }),
});

export const pledgeSchema = z.object({
  slug: z.string(),
  kind: z.enum(PLEDGE_KINDS),
  indicator: z.string(),
  title: localized,
  target: decimal.nullable(),
  unit: z.enum(UNITS),
  targetDisplay: localized.nullable(),
  deadline: z.string().nullable(),
  deadlinePrecision: precision.nullable(),
  deadlineInferred: z.boolean(),
  baseline: z
    .object({ value: decimal, date: z.string(), datePrecision: precision, assumed: z.boolean() })
    .nullable(),
  announced: z.string(),
  announcedPrecision: precision,
  administration: z.object({ slug: z.string(), name: localized, mayor: localized }),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  revision: z.number().int(),
  quote: z.string(),
  note: z.object({ ko: z.string().nullable(), en: z.string().nullable() }),
  source: sourceRefSchema,
  status: statusSchema,
  verdict: verdictSchema
    .nullable()
    .describe('the verdict in force beside the computed status; null when none was published'),
});

export const sourceSchema = sourceRefSchema.extend({
  author: z.string().nullable(),
  dateNote: z.string().nullable(),
  publisherNote: z.string().nullable(),
});

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  slug: z.string(),
  name: localized.describe("the indicator's, pledge's or source's name; a figure's indicator"),
  matched: z.string().describe('the text the query was found in: a name, description or quote'),
  rank: z
    .number()
    .int()
    .describe('0 a whole name, 1 a name starting with the text, 2 inside a name, 3 elsewhere'),
  links: z.object({ page: z.string().describe('the page on this site, without the language') }),
});

export const searchResultsSchema = z.object({
  query: z.string(),
  complete: z
    .boolean()
    .describe(
      'false when quotes were left out: the text is in too many of them to search in time (add a word), or the database was too busy to search them (try again)',
    ),
  data: z
    .array(searchHitSchema)
    .describe('indicators, pledges, sources, then figures; within each, best first'),
});

export const feedEntrySchema = z.object({
  id: z.string().describe('permanent id of the entry, the same as in the Atom feed'),
  kind: z
    .enum(['figure-new', 'figure-correction', 'pledge-new', 'pledge-correction', 'verdict'])
    .describe('a new figure, a correction, a published verdict or a new pledge'),
  updated: z.string().describe('when it was recorded or published (ISO 8601 instant)'),
  title: localized,
  summary: localized.describe(
    'the quote and its source; a correction’s reason; a verdict’s reasoning',
  ),
  links: z.object({
    ko: z.string().describe('absolute address of the page about it, in Korean'),
    en: z.string().describe('the same page in English'),
  }),
});

/** The latest changes, newest first, FEED_PAGE_SIZE a page; `next` follows by cursor. */
export const feedPageSchema = z.object({
  data: z.array(feedEntrySchema),
  links: z.object({
    self: z.string(),
    next: z.string().nullable().describe('the next (older) page by cursor; null on the last page'),
  }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    page: z.object({
      number: z.number().int(),
      size: z.number().int(),
      totalItems: z.number().int(),
      totalPages: z.number().int(),
    }),
    links: z.object({ self: z.string(), next: z.string().nullable(), prev: z.string().nullable() }),
  });
}

/**
 * A page of a list too long to count on every request: `totalItems` is given where the database
 * keeps the count (null for a date range), and `next` is a cursor link that costs the same at any
 * depth. `number` is null on a page reached by cursor.
 */
export function cursorPageOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    page: z.object({
      number: z.number().int().nullable(),
      size: z.number().int(),
      totalItems: z.number().int().nullable(),
      totalPages: z.number().int().nullable(),
    }),
    links: z.object({
      self: z.string(),
      next: z.string().nullable().describe('the next page by cursor; null on the last page'),
      prev: z.string().nullable().describe('the previous page by number; null by cursor'),
    }),
  });
}

/** GET /api/health: 200 with status "ok", or 503 with status "unavailable" and what is wrong. */
export const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unreachable']).describe('whether PostgreSQL answered within 3 seconds'),
  migrations: z.object({
    status: z
      .enum(['ok', 'pending', 'unknown'])
      .describe('"unknown" when the database did not answer'),
    applied: z.number().int().describe('migrations recorded as applied in the database'),
    expected: z.number().int().describe('migrations this version of the code ships'),
    pending: z.array(z.string()).describe('migrations the code expects that the database lacks'),
  }),
});
export type Health = z.infer<typeof healthSchema>;

/**
 * The read API's part of the site's one error shape (api-error.ts): it names no code, fields or
 * current record, so its published body stays exactly what clients and e2e tests know.
 */
export const errorSchema = z.object({
  error: apiErrorSchema.pick({ status: true, message: true, parameter: true, reference: true }),
});

export type IndicatorDto = z.infer<typeof indicatorSchema>;
export type FigureDto = z.infer<typeof figureSchema>;
export type PledgeDto = z.infer<typeof pledgeSchema>;
export type VerdictDto = z.infer<typeof verdictSchema>;
export type SourceDto = z.infer<typeof sourceSchema>;
export type SourceRefDto = z.infer<typeof sourceRefSchema>;
export type FeedEntryDto = z.infer<typeof feedEntrySchema>;
export type FeedPage = z.infer<typeof feedPageSchema>;
export type CursorPaged<T> = {
  data: T[];
  page: {
    number: number | null;
    size: number;
    totalItems: number | null;
    totalPages: number | null;
  };
  links: { self: string; next: string | null; prev: string | null };
};
export type Paged<T> = {
  data: T[];
  page: { number: number; size: number; totalItems: number; totalPages: number };
  links: { self: string; next: string | null; prev: string | null };
};
