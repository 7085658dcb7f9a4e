import { z } from 'zod';
import { decodeCursor, encodeCursor } from './api-v1/cursor.ts';
import { formatValue } from './format-value.ts';
import { formatPreciseDate } from './precise-date.ts';
import { SLUG_PATTERN } from './slug.ts';
import type { Translate } from './translator.ts';
import type { DecimalString, Locale, PreciseDate, Unit } from './types.ts';
import type { VerdictRating } from './verdict.ts';

/**
 * The feed of what changed: new figures, corrections (of figures and of pledges), published
 * verdicts and new pledges, newest first, as Atom (/feed.xml) and JSON (/api/v1/feed). One order
 * and one wording for both, so a reader of either sees the same entries under the same titles.
 */

/** The latest entries a feed shows, and a page of the API: a reader polls, they do not browse. */
export const FEED_PAGE_SIZE = 50;

interface Quoted {
  quote: string;
  sourceTitle: string;
}

export type FeedEntryRecord =
  | ({
      kind: 'figure';
      /** figure_revision.id */
      id: number;
      /** When it was recorded (ISO instant). */
      at: string;
      revision: number;
      slug: string;
      indicatorSlug: string;
      indicatorNameKo: string;
      indicatorNameEn: string;
      unit: Unit;
      value: DecimalString;
      observedOn: PreciseDate;
      reason: string | null;
    } & Quoted)
  | ({
      kind: 'pledge';
      /** pledge_revision.id */
      id: number;
      at: string;
      revision: number;
      slug: string;
      titleKo: string;
      titleEn: string;
      reason: string | null;
    } & Quoted)
  | {
      kind: 'verdict';
      /** verdict.id; `at` is when its review approved it. */
      id: number;
      at: string;
      slug: string;
      titleKo: string;
      titleEn: string;
      rating: VerdictRating;
      reasoningKo: string;
      reasoningEn: string;
      /** Its first piece of evidence; null for "not yet rated", which quotes none. */
      evidence: Quoted | null;
    };

export type FeedEntryKind = FeedEntryRecord['kind'];

/** Ties on the instant (one transaction adds a figure and a pledge) break by kind, then id. */
export const FEED_KIND_RANK: Record<FeedEntryKind, number> = { figure: 0, pledge: 1, verdict: 2 };

/** Where a page starts: after the entry with this key, in the feed's order. */
export interface FeedCursor {
  at: string;
  kind: FeedEntryKind;
  id: number;
}

/** Newest first; at one instant verdicts, then pledges, then figures; then the higher id. */
export function compareFeedEntries(a: FeedCursor, b: FeedCursor): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return FEED_KIND_RANK[b.kind] - FEED_KIND_RANK[a.kind] || b.id - a.id;
}

/**
 * The entries of several kinds merged in the feed's order, `limit` of them, and the cursor of the
 * next page when more were given (each kind is read with one row more than the page).
 */
export function mergeFeedEntries<E extends FeedCursor>(
  lists: readonly (readonly E[])[],
  limit: number,
): { entries: E[]; next: FeedCursor | null } {
  const all = lists.flat().sort(compareFeedEntries);
  const entries = all.slice(0, limit);
  const last = entries.at(-1);
  return {
    entries,
    next: all.length > limit && last ? { at: last.at, kind: last.kind, id: last.id } : null,
  };
}

// ISO instants as JSON writes them (milliseconds, UTC): created_at is timestamptz(3).
const cursorSchema = z.tuple([
  z.iso.datetime(),
  z.enum(['figure', 'pledge', 'verdict']),
  z.number().int().positive(),
]);

/** Opaque to clients, like the figures' cursor (api-v1/cursor.ts). */
export function encodeFeedCursor(cursor: FeedCursor): string {
  return encodeCursor([cursor.at, cursor.kind, cursor.id]);
}

/** Null when the text is not a cursor this API wrote. */
export function decodeFeedCursor(text: string): FeedCursor | null {
  const key = decodeCursor(cursorSchema, text);
  return key && { at: key[0], kind: key[1], id: key[2] };
}

/** Which changes a feed follows: everything, one indicator's, or one administration's pledges. */
export type FeedScope =
  | { scope: 'all' }
  | { scope: 'indicator'; slug: string }
  | { scope: 'administration'; slug: string };

const slug = z.string().regex(SLUG_PATTERN, 'must be a slug such as "startup-fund"');

/** The filters /feed.xml and /api/v1/feed share. */
export const feedFilterShape = {
  indicator: slug
    .optional()
    .describe('indicator slug: its figures, its pledges and their verdicts'),
  administration: slug
    .optional()
    .describe('administration slug, e.g. "min-7": its pledges and their verdicts'),
};

export function toFeedScope(filter: { indicator?: string; administration?: string }): FeedScope {
  if (filter.indicator) return { scope: 'indicator', slug: filter.indicator };
  if (filter.administration) return { scope: 'administration', slug: filter.administration };
  return { scope: 'all' };
}

/**
 * The feed's address. Korean at /feed.xml and English with ?lang=en, as chart images choose
 * their language: one route, so a feed reader's subscription names the language it wants.
 */
export function toFeedPath(scope: FeedScope, locale: Locale): string {
  const params = new URLSearchParams();
  if (scope.scope !== 'all') params.set(scope.scope, scope.slug);
  if (locale !== 'ko') params.set('lang', locale);
  const query = params.toString();
  return `/feed.xml${query ? `?${query}` : ''}`;
}

/** One entry as a reader sees it, in one language; `path` is the page's, with its language. */
export interface FeedItem {
  key: string;
  kind: 'figure-new' | 'figure-correction' | 'pledge-new' | 'pledge-correction' | 'verdict';
  updated: string;
  title: string;
  summary: string;
  path: string;
}

/** Translators over `feed` and `verdicts` (for the rating's name) in one language. */
export interface FeedWording {
  locale: Locale;
  feed: Translate;
  verdicts: Translate;
}

/** A stable key per entry (its table and row), for Atom's id and the API's. */
export function toFeedEntryKey(entry: FeedCursor): string {
  return `${entry.kind === 'verdict' ? 'verdict' : `${entry.kind}-revision`}/${entry.id}`;
}

export function toFeedItem(entry: FeedEntryRecord, words: FeedWording): FeedItem {
  const { locale, feed: t } = words;
  const prefix = locale === 'ko' ? '' : `/${locale}`;
  const quoted = (q: Quoted) => t('summary.quote', { quote: q.quote, source: q.sourceTitle });
  const base = { key: toFeedEntryKey(entry), updated: entry.at };
  if (entry.kind === 'verdict') {
    const title = locale === 'ko' ? entry.titleKo : entry.titleEn;
    const reasoning = locale === 'ko' ? entry.reasoningKo : entry.reasoningEn;
    return {
      ...base,
      kind: 'verdict',
      title: t('entry.verdict', { rating: words.verdicts(`rating.${entry.rating}`), title }),
      summary: [entry.evidence ? quoted(entry.evidence) : null, reasoning]
        .filter(Boolean)
        .join('\n'),
      path: `${prefix}/pledges/${entry.slug}#verdict`,
    };
  }
  const corrected = entry.revision > 1;
  const summary = [corrected && entry.reason ? t('summary.reason', { reason: entry.reason }) : null]
    .concat(quoted(entry))
    .filter(Boolean)
    .join('\n');
  if (entry.kind === 'pledge') {
    const title = locale === 'ko' ? entry.titleKo : entry.titleEn;
    return {
      ...base,
      kind: corrected ? 'pledge-correction' : 'pledge-new',
      title: t(corrected ? 'entry.pledgeCorrection' : 'entry.pledgeNew', { title }),
      summary,
      path: `${prefix}/pledges/${entry.slug}`,
    };
  }
  return {
    ...base,
    kind: corrected ? 'figure-correction' : 'figure-new',
    title: t(corrected ? 'entry.figureCorrection' : 'entry.figureNew', {
      indicator: locale === 'ko' ? entry.indicatorNameKo : entry.indicatorNameEn,
      value: formatValue(entry.value, entry.unit, locale),
      date: formatPreciseDate(entry.observedOn, locale),
    }),
    summary,
    path: `${prefix}/figures/${entry.slug}`,
  };
}
