import { z } from 'zod';
import { isYearInRange } from './year-range.ts';

/** What an audit entry's outcome can be (the database CHECKs the same list). */
export const AUDIT_OUTCOMES = ['ok', 'denied', 'invalid', 'conflict', 'limited', 'failed'] as const;
export type AuditOutcomeName = (typeof AUDIT_OUTCOMES)[number];

/** A position in the log, newest first: entries are ordered by (occurred_at, id). */
export interface AuditCursor {
  occurredAt: Date;
  id: bigint;
}

/** The audit page's filters and page, as its URL gives them. Dates are days in Korea (UTC+9). */
export interface AuditQuery {
  actor?: string;
  action?: string;
  target?: { type?: string; slug: string };
  outcome?: AuditOutcomeName;
  from?: string;
  to?: string;
  before?: AuditCursor;
  after?: AuditCursor;
}

/** What was wrong with one URL parameter; the page translates the code. */
export interface AuditQueryIssue {
  parameter: string;
  code:
    | 'repeated'
    | 'unknown-parameter'
    | 'invalid-email'
    | 'invalid-action'
    | 'invalid-target'
    | 'invalid-outcome'
    | 'invalid-date'
    | 'date-order'
    | 'invalid-cursor';
}

export const AUDIT_QUERY_PARAMETERS = [
  'actor',
  'action',
  'target',
  'outcome',
  'from',
  'to',
  'before',
  'after',
] as const;

// A blank form field arrives as `name=`: the same as not filtering by it.
const blankIsAbsent = (schema: z.ZodType) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid-date')
  .refine(isCalendarDay, 'invalid-date');

const cursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_\d{1,19}$/, 'invalid-cursor')
  .transform((text, context): AuditCursor => {
    const [time = '', id = ''] = text.split('_');
    const occurredAt = new Date(time);
    if (Number.isNaN(occurredAt.getTime()) || occurredAt.toISOString() !== time) {
      context.addIssue({ code: 'custom', message: 'invalid-cursor' });
      return z.NEVER;
    }
    const bigId = BigInt(id);
    // Ids are PostgreSQL bigints: a larger number would reach the database and fail there.
    if (bigId > MAX_BIGINT || !isYearInRange(occurredAt.getUTCFullYear())) {
      context.addIssue({ code: 'custom', message: 'invalid-cursor' });
      return z.NEVER;
    }
    return { occurredAt, id: bigId };
  });

const auditQuerySchema = z
  .object({
    actor: blankIsAbsent(
      z.string().trim().toLowerCase().max(254, 'invalid-email').pipe(z.email('invalid-email')),
    ),
    // Actions are names the code gives ("sign-in", "figure.correct").
    action: blankIsAbsent(
      z
        .string()
        .trim()
        .regex(/^[a-z][a-z.-]{0,63}$/, 'invalid-action'),
    ),
    // "figure:startup-fund-2025-09", or a bare slug (an account's slug is its email address).
    target: blankIsAbsent(
      z
        .string()
        .trim()
        .regex(/^(?:[a-z][a-z-]{0,31}:)?[^\s:]{1,300}$/, 'invalid-target')
        .transform((text) => {
          const colon = text.indexOf(':');
          return colon < 0
            ? { slug: text }
            : { type: text.slice(0, colon), slug: text.slice(colon + 1) };
        }),
    ),
    outcome: blankIsAbsent(z.enum(AUDIT_OUTCOMES, 'invalid-outcome')),
    from: blankIsAbsent(day),
    to: blankIsAbsent(day),
    before: blankIsAbsent(cursor),
    after: blankIsAbsent(cursor),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.from > query.to)
      context.addIssue({ code: 'custom', path: ['to'], message: 'date-order' });
    if (query.before && query.after)
      context.addIssue({ code: 'custom', path: ['after'], message: 'invalid-cursor' });
  });

/**
 * Reads the audit page's URL. Every problem is named by parameter and code, so the page can say
 * which filter to fix; an unknown or repeated parameter is refused rather than silently ignored.
 */
export function parseAuditQuery(
  searchParams: Record<string, string | string[] | undefined>,
): { ok: true; query: AuditQuery } | { ok: false; issues: AuditQueryIssue[] } {
  const issues: AuditQueryIssue[] = [];
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(searchParams)) {
    if (value === undefined) continue;
    if (!(AUDIT_QUERY_PARAMETERS as readonly string[]).includes(key))
      issues.push({ parameter: key, code: 'unknown-parameter' });
    else if (Array.isArray(value)) issues.push({ parameter: key, code: 'repeated' });
    else raw[key] = value;
  }
  const parsed = auditQuerySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? '');
      // One message per parameter: a malformed date also fails the calendar check.
      if (!issues.some((known) => known.parameter === parameter))
        issues.push({ parameter, code: toIssueCode(parameter, issue.message) });
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const query = Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  ) as AuditQuery;
  return { ok: true, query };
}

/** The URL query for the same filters at another page (no cursor: the newest entries). */
export function toAuditSearch(
  query: AuditQuery,
  page: { before?: AuditCursor; after?: AuditCursor } = {},
): string {
  const params = new URLSearchParams();
  if (query.actor) params.set('actor', query.actor);
  if (query.action) params.set('action', query.action);
  if (query.target)
    params.set(
      'target',
      query.target.type ? `${query.target.type}:${query.target.slug}` : query.target.slug,
    );
  if (query.outcome) params.set('outcome', query.outcome);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (page.before) params.set('before', formatAuditCursor(page.before));
  if (page.after) params.set('after', formatAuditCursor(page.after));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function formatAuditCursor(cursor: AuditCursor): string {
  return `${cursor.occurredAt.toISOString()}_${cursor.id}`;
}

/** The instant a day in Korea begins (Korea keeps UTC+9 all year). */
export function toKoreanDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

const MAX_BIGINT = 2n ** 63n - 1n;

/** A real day in the years the dashboard knows (PostgreSQL has no year 0, for one). */
function isCalendarDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === text &&
    isYearInRange(date.getUTCFullYear())
  );
}

function toIssueCode(parameter: string, message: string): AuditQueryIssue['code'] {
  const known: AuditQueryIssue['code'][] = [
    'invalid-email',
    'invalid-action',
    'invalid-target',
    'invalid-outcome',
    'invalid-date',
    'date-order',
    'invalid-cursor',
  ];
  const code = known.find((candidate) => candidate === message);
  if (code) return code;
  // Zod's own messages (e.g. a value too long) still name the right parameter.
  const byParameter: Record<string, AuditQueryIssue['code']> = {
    actor: 'invalid-email',
    action: 'invalid-action',
    target: 'invalid-target',
    outcome: 'invalid-outcome',
    from: 'invalid-date',
    to: 'invalid-date',
    before: 'invalid-cursor',
    after: 'invalid-cursor',
  };
  return byParameter[parameter] ?? 'unknown-parameter';
}
