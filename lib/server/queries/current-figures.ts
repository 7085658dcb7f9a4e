import type { PrismaClient } from '../../generated/prisma/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { FigureRecord, SourceRef } from '../../domain/records.ts';
import type { DatePrecision } from '../../domain/types.ts';

/**
 * Figures at their current revision, straight from SQL: filtered, counted and read in pages or
 * in id-ordered batches, so the API and the exports never load a whole table into memory.
 * Parameters go through Prisma's tagged template (bound, never spliced into the SQL).
 *
 * Bulk streaming runs the same SQL through node-postgres: measured with
 * bench/export-bench.ts, Prisma's raw-query decoding took ~80% longer than pg for the same rows,
 * which alone kept the export under half of COPY's throughput.
 */

export interface FigureFilter {
  indicator?: string;
  /** Any of these indicators (an empty list matches nothing). */
  indicators?: string[];
  theme?: string;
  /** Inclusive ISO bounds on the observed date. */
  from?: string;
  to?: string;
}

interface SourceRow {
  source_slug: string;
  source_title: string;
  publisher: string;
  publisher_inferred: boolean;
  publisher_note: string | null;
  published_on: string;
  published_precision: DatePrecision;
  published_inferred: boolean;
  date_note: string | null;
  author: string | null;
  url: string | null;
}

interface FigureRow extends SourceRow {
  id: number;
  slug: string;
  indicator_slug: string;
  revision: number;
  value: string;
  observed_on: string;
  observed_precision: DatePrecision;
  quote: string;
  note_ko: string | null;
  note_en: string | null;
}

function whereClause(filter: FigureFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.indicator) conditions.push(Prisma.sql`i.slug = ${filter.indicator}`);
  if (filter.indicators)
    conditions.push(
      filter.indicators.length > 0
        ? Prisma.sql`i.slug IN (${Prisma.join(filter.indicators)})`
        : Prisma.sql`FALSE`,
    );
  if (filter.theme) conditions.push(Prisma.sql`t.slug = ${filter.theme}`);
  if (filter.from) conditions.push(Prisma.sql`r.observed_on >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`r.observed_on <= ${filter.to}::date`);
  return Prisma.join(conditions, ' AND ');
}

// The current revision is the highest one (current-revision.ts); LATERAL reads it through the
// (figure_id, revision) index.
const FROM = Prisma.sql`
  FROM figure f
  JOIN indicator i ON i.id = f.indicator_id
  JOIN theme t ON t.id = i.theme_id
  JOIN LATERAL (
    SELECT * FROM figure_revision fr WHERE fr.figure_id = f.id ORDER BY fr.revision DESC LIMIT 1
  ) r ON TRUE
  JOIN source s ON s.id = r.source_id`;

const SOURCE_COLUMNS = Prisma.sql`
  s.slug AS source_slug, s.title AS source_title, s.publisher, s.publisher_inferred, s.publisher_note,
  s.published_on::text AS published_on, s.published_precision::text AS published_precision,
  s.published_inferred, s.date_note, s.author, s.url`;

const COLUMNS = Prisma.sql`
  f.id, f.slug, i.slug AS indicator_slug, r.revision, r.value::text AS value,
  r.observed_on::text AS observed_on, r.observed_precision::text AS observed_precision,
  r.quote, r.note_ko, r.note_en, ${SOURCE_COLUMNS}`;

export async function countCurrentFigures(db: PrismaClient, filter: FigureFilter): Promise<number> {
  const [row] = await db.$queryRaw<
    { count: bigint }[]
  >`SELECT count(*) AS count ${FROM} WHERE ${whereClause(filter)}`;
  return Number(row?.count ?? 0);
}

/** One page, ordered by date then slug (stable across pages). */
export async function listCurrentFigures(
  db: PrismaClient,
  filter: FigureFilter,
  page: { offset: number; limit: number },
): Promise<FigureRecord[]> {
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT ${COLUMNS} ${FROM} WHERE ${whereClause(filter)}
    ORDER BY r.observed_on, f.slug OFFSET ${page.offset} LIMIT ${page.limit}`;
  return rows.map((row) => toFigureRecord(row, toSourceRef(row)));
}

// For streaming: the source is read once up front, so each row carries its id, not its text.
const STREAM_COLUMNS = Prisma.sql`
  f.id, f.slug, i.slug AS indicator_slug, r.revision, r.value::text AS value,
  r.observed_on::text AS observed_on, r.observed_precision::text AS observed_precision,
  r.quote, r.note_ko, r.note_en, r.source_id`;

/** Anything node-postgres can run a query on: a Pool or a Client. */
export interface Queryable {
  query(config: {
    text: string;
    values: unknown[];
    rowMode: 'array';
  }): Promise<{ rows: unknown[][] }>;
  query<R extends object>(text: string, values: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * Every matching figure, in batches by id (keyset pagination: each batch costs the same however
 * deep into the table it is). The next batch is requested before the current one is handed out,
 * so PostgreSQL reads while the caller formats. Memory holds two batches at most. (Requesting two
 * ahead measured no faster on two cores, and held more memory.)
 *
 * 2,000 rows a batch: measured with bench/export-bench.ts on a million figures, 2,000 was as fast
 * as 5,000 or 10,000, while peak memory was ~90 MB lower — larger batches outlive V8's young
 * generation and pile up in the old one until a full collection.
 */
export async function* streamCurrentFigures(
  db: Queryable,
  filter: FigureFilter,
  batchSize = 2_000,
): AsyncGenerator<FigureRecord[]> {
  // Rows as arrays (in STREAM_COLUMNS order): no per-row object with eleven named keys to build
  // and collect, which the benchmark showed as garbage-collection time.
  type StreamRow = [
    number,
    string,
    string,
    number,
    string,
    string,
    DatePrecision,
    string,
    string | null,
    string | null,
    number,
  ];
  const fetchAfter = async (afterId: number): Promise<StreamRow[]> => {
    const query = Prisma.sql`
      SELECT ${STREAM_COLUMNS} ${FROM} WHERE ${whereClause(filter)} AND f.id > ${afterId}
      ORDER BY f.id LIMIT ${batchSize}`;
    return (await db.query({ text: query.text, values: query.values, rowMode: 'array' }))
      .rows as StreamRow[];
  };
  // A source is cited by thousands of figures: one shared record each, read once.
  const sourceQuery = Prisma.sql`SELECT s.id, ${SOURCE_COLUMNS} FROM source s`;
  const readSources = async () =>
    new Map(
      (await db.query<SourceRow & { id: number }>(sourceQuery.text, sourceQuery.values)).rows.map(
        (row) => [row.id, toSourceRef(row)],
      ),
    );
  let sources = await readSources();
  // A caller that stops early leaves the request in flight unobserved: a no-op catch keeps its
  // failure from surfacing as an unhandled rejection (an awaited one still throws).
  const fetchAhead = (afterId: number) => {
    const rows = fetchAfter(afterId);
    rows.catch(() => undefined);
    return rows;
  };
  let pending = fetchAhead(0);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) return;
    pending = rows.length < batchSize ? Promise.resolve([]) : fetchAhead(rows[rows.length - 1]![0]);
    // A figure added during a long export may cite a source added after the sources were read.
    if (rows.some((row) => !sources.has(row[10]))) sources = await readSources();
    yield rows.map(
      ([
        ,
        slug,
        indicatorSlug,
        revision,
        value,
        observedOn,
        precision,
        quote,
        noteKo,
        noteEn,
        sourceId,
      ]) => ({
        slug,
        indicatorSlug,
        value: normalizeNumeric(value),
        observedOn: { date: observedOn, precision },
        quote,
        noteKo,
        noteEn,
        revision,
        source: sources.get(sourceId)!,
      }),
    );
  }
}

function toFigureRecord(row: Omit<FigureRow, keyof SourceRow>, source: SourceRef): FigureRecord {
  return {
    slug: row.slug,
    indicatorSlug: row.indicator_slug,
    value: normalizeNumeric(row.value),
    observedOn: { date: row.observed_on, precision: row.observed_precision },
    quote: row.quote,
    noteKo: row.note_ko,
    noteEn: row.note_en,
    revision: row.revision,
    source,
  };
}

function toSourceRef(row: SourceRow): SourceRef {
  return {
    slug: row.source_slug,
    title: row.source_title,
    publisher: row.publisher,
    publisherInferred: row.publisher_inferred,
    publisherNote: row.publisher_note,
    publishedOn: { date: row.published_on, precision: row.published_precision },
    publishedInferred: row.published_inferred,
    dateNote: row.date_note,
    author: row.author,
    url: row.url,
  };
}

/** numeric(24,6) as text carries six decimals ("619200000000.000000"); records hold the plain value. */
function normalizeNumeric(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
