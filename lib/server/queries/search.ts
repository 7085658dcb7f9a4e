import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { withStatementTimeout } from './with-statement-timeout.ts';
import { readSearchSettings } from './search-settings.ts';
import {
  SEARCH_KINDS,
  isFullSearch,
  toContainsPattern,
  toPrefixPattern,
  type SearchHit,
  type SearchKind,
  type SearchResults,
} from '../../domain/search-query.ts';

export interface SearchRequest {
  text: string;
  kinds?: readonly SearchKind[];
  limit: number;
}

/**
 * Finds the text in indicators, pledges, sources and figures' quotes, Korean or English, in any
 * case, anywhere in a word (ILIKE '%…%': PostgreSQL's full-text search has no Korean parser).
 * Names come before descriptions and quotes, whole names before beginnings before the rest.
 *
 * Cost at any size: indicators and pledges are few and read whole; sources and quotes go through
 * pg_trgm's GIN indexes (migration search_trigrams). A text under three characters gives the
 * indexes no trigram, so it searches names only (search-query.ts). Quotes are not ranked among
 * themselves beyond "whole word first" within the first QUOTE_CANDIDATES found: ordering every
 * match of a common word among ten million figures is the one thing that cannot stay fast; and
 * they have a time limit (`PLEDGEBOARD_SEARCH_QUOTE_MS`, search-settings.ts), and when the
 * database is too busy to start them in time they are left out the same way.
 */
export async function searchDashboard(
  db: PrismaClient,
  request: SearchRequest,
  quoteTimeoutMs: number = quoteTimeout(),
): Promise<SearchResults> {
  const kinds = new Set(request.kinds ?? SEARCH_KINDS);
  const full = isFullSearch(request.text);
  const query: Query = {
    text: request.text,
    contains: toContainsPattern(request.text),
    prefix: toPrefixPattern(request.text),
    limit: request.limit,
  };
  const [indicator, pledge, source, quotes] = await Promise.all([
    kinds.has('indicator') ? searchIndicators(db, query, full) : [],
    kinds.has('pledge') ? searchPledges(db, query, full) : [],
    kinds.has('source') && full ? searchSources(db, query) : [],
    kinds.has('figure') && full
      ? withStatementTimeout(db, quoteTimeoutMs, (tx) => searchQuotes(tx, query))
      : { ok: true as const, value: [] },
  ]);
  return {
    indicator,
    pledge,
    source,
    figure: quotes.ok ? quotes.value : [],
    complete: quotes.ok,
  };
}

interface Query {
  text: string;
  contains: string;
  prefix: string;
  limit: number;
}

interface HitRow {
  slug: string;
  name_ko: string;
  name_en: string;
  matched: string;
  matched_lang: string;
  rank: number;
}

/** 0 when a name is the text, 1 when one starts with it, 2 when one contains it, else 3. */
function nameRank(ko: Prisma.Sql, en: Prisma.Sql, query: Query) {
  return Prisma.sql`CASE
    WHEN lower(${ko}) = lower(${query.text}) OR lower(${en}) = lower(${query.text}) THEN 0
    WHEN ${ko} ILIKE ${query.prefix} OR ${en} ILIKE ${query.prefix} THEN 1
    WHEN ${ko} ILIKE ${query.contains} OR ${en} ILIKE ${query.contains} THEN 2
    ELSE 3 END`;
}

/** A column searched, and the language of its text (for the page's `lang` attribute). */
type Column = [column: Prisma.Sql, lang: Prisma.Sql];
const KO = Prisma.sql`'ko'`;
const EN = Prisma.sql`'en'`;

/**
 * The first of the columns that contains the text (the name the reader sees if none does), as
 * `matched`, and its language, as `matched_lang`.
 */
function firstMatched(columns: Column[], query: Query) {
  const when = (pick: (column: Column) => Prisma.Sql) =>
    Prisma.join(
      columns.map(
        (column) => Prisma.sql`WHEN ${column[0]} ILIKE ${query.contains} THEN ${pick(column)}`,
      ),
      ' ',
    );
  const [first] = columns;
  return Prisma.sql`CASE ${when(([column]) => column)} ELSE ${first![0]} END AS matched,
    CASE ${when(([, lang]) => lang)} ELSE ${first![1]} END AS matched_lang`;
}

function matchesAny(columns: Column[], query: Query) {
  return Prisma.join(
    columns.map(([column]) => Prisma.sql`${column} ILIKE ${query.contains}`),
    ' OR ',
  );
}

async function searchIndicators(db: PrismaClient, query: Query, full: boolean) {
  const names: Column[] = [
    [Prisma.sql`i.name_ko`, KO],
    [Prisma.sql`i.name_en`, EN],
  ];
  const columns: Column[] = full
    ? [...names, [Prisma.sql`i.description_ko`, KO], [Prisma.sql`i.description_en`, EN]]
    : names;
  const rows = await db.$queryRaw<HitRow[]>`
    SELECT i.slug, i.name_ko, i.name_en, ${firstMatched(columns, query)},
      ${nameRank(Prisma.sql`i.name_ko`, Prisma.sql`i.name_en`, query)} AS rank
    FROM indicator i
    WHERE ${matchesAny(columns, query)}
    ORDER BY rank, i.slug LIMIT ${query.limit}`;
  return rows.map((row) => toHit('indicator', row));
}

async function searchPledges(db: PrismaClient, query: Query, full: boolean) {
  const titles: Column[] = [
    [Prisma.sql`r.title_ko`, KO],
    [Prisma.sql`r.title_en`, EN],
  ];
  // Quotes are shown as Korean everywhere (figure-table.tsx); the seed's articles all are.
  const columns: Column[] = full ? [...titles, [Prisma.sql`r.quote`, KO]] : titles;
  // The current revision is the highest (current-revision.ts), read through (pledge_id, revision).
  const rows = await db.$queryRaw<(HitRow & { indicator_slug: string })[]>`
    SELECT p.slug, r.title_ko AS name_ko, r.title_en AS name_en, i.slug AS indicator_slug,
      ${firstMatched(columns, query)},
      ${nameRank(Prisma.sql`r.title_ko`, Prisma.sql`r.title_en`, query)} AS rank
    FROM pledge p
    JOIN indicator i ON i.id = p.indicator_id
    CROSS JOIN LATERAL (
      SELECT x.title_ko, x.title_en, x.quote FROM pledge_revision x
      WHERE x.pledge_id = p.id ORDER BY x.revision DESC LIMIT 1
    ) r
    WHERE ${matchesAny(columns, query)}
    ORDER BY rank, p.slug LIMIT ${query.limit}`;
  return rows.map((row) => ({ ...toHit('pledge', row), indicatorSlug: row.indicator_slug }));
}

async function searchSources(db: PrismaClient, query: Query) {
  // A source is named by its title alone; the publisher ranks as a name too. Its place in
  // /sources is not counted here (that would count the sources listed before every hit): the
  // link names the source and the sources page finds its page (toSearchHitPath).
  const rows = await db.$queryRaw<HitRow[]>`
    SELECT s.slug, s.title AS name_ko, s.title AS name_en,
      ${firstMatched(
        [
          [Prisma.sql`s.title`, Prisma.sql`s.language`],
          [Prisma.sql`s.publisher`, Prisma.sql`s.language`],
        ],
        query,
      )},
      ${nameRank(Prisma.sql`s.title`, Prisma.sql`s.publisher`, query)} AS rank
    FROM source s
    WHERE s.title ILIKE ${query.contains} OR s.publisher ILIKE ${query.contains}
    ORDER BY rank, s.published_on DESC, s.slug LIMIT ${query.limit}`;
  return rows.map((row) => toHit('source', row));
}

/**
 * How many current quotes are read before the best `limit` are chosen: enough that a whole-word
 * match among them comes first, few enough that a word in every quote costs the same as a rare one.
 */
const QUOTE_CANDIDATES = 200;

let cachedQuoteTimeoutMs: number | undefined;

/**
 * The quotes' time limit, read once. A phrase whose every trigram is common (numbers, "광주시")
 * makes the index walk long posting lists, which grow with the figures; past this the search
 * answers without quotes and says so (`complete: false`), so no answer waits on it. About 1/30 of
 * the default 80 ms is used by such a phrase at 1,000,000 figures (DEVELOPERS.md, "Search").
 */
function quoteTimeout(): number {
  cachedQuoteTimeoutMs ??= readSearchSettings().quoteTimeoutMs;
  return cachedQuoteTimeoutMs;
}

async function searchQuotes(db: Pick<PrismaClient, '$queryRaw'>, query: Query) {
  // The trigram index finds revisions whose quote contains the text; current_figure's unique
  // revision_id keeps only current ones. LIMIT stops the bitmap heap scan early.
  const rows = await db.$queryRaw<(HitRow & { indicator_slug: string })[]>`
    SELECT found.slug, i.name_ko, i.name_en, i.slug AS indicator_slug, found.quote AS matched,
      'ko' AS matched_lang, 3 AS rank
    FROM (
      SELECT c.slug, c.indicator_id, r.quote, c.observed_on
      FROM figure_revision r
      JOIN current_figure c ON c.revision_id = r.id
      WHERE r.quote ILIKE ${query.contains}
      LIMIT ${QUOTE_CANDIDATES}
    ) found
    JOIN indicator i ON i.id = found.indicator_id
    ORDER BY (found.quote ~* ${`(^|[^[:alnum:]])${escapeRegex(query.text)}($|[^[:alnum:]])`}) DESC,
      found.observed_on DESC, found.slug
    LIMIT ${query.limit}`;
  return rows.map((row) => ({ ...toHit('figure', row), indicatorSlug: row.indicator_slug }));
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, (character) => `\\${character}`);
}

function toHit(kind: SearchKind, row: HitRow): SearchHit {
  return {
    kind,
    slug: row.slug,
    name: { ko: row.name_ko, en: row.name_en },
    matched: row.matched,
    matchedLang: row.matched_lang,
    rank: Number(row.rank),
  };
}
