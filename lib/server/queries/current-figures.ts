import type { PrismaClient } from '../../generated/prisma/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { sortFiguresByDate } from '../../domain/latest-figure.ts';
import type { FigureRecord, SourceRef } from '../../domain/records.ts';
import { normalizeNumeric, SOURCE_COLUMNS, toSourceRef, type SourceRow } from './sql-records.ts';
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
  /** Figures citing this source. */
  source?: string;
  /** Inclusive ISO bounds on the observed date. */
  from?: string;
  to?: string;
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
  // By the indicator's id, looked up first (i.id = c.indicator_id carries it over to the
  // figures, where a figure is read): the planner then walks current_figure's
  // (indicator, date) index in order and a page stops after its rows, where a condition on the
  // joined slug made it sort every figure of the indicator (18 s for 100 rows of 100,000).
  if (filter.indicator)
    conditions.push(Prisma.sql`i.id = (SELECT id FROM indicator WHERE slug = ${filter.indicator})`);
  // One array parameter, however many (a tracker view's download may name thousands).
  if (filter.indicators) conditions.push(Prisma.sql`i.slug = ANY(${filter.indicators}::text[])`);
  if (filter.theme) conditions.push(Prisma.sql`t.slug = ${filter.theme}`);
  if (filter.source) conditions.push(Prisma.sql`s.slug = ${filter.source}`);
  if (filter.from) conditions.push(Prisma.sql`c.observed_on >= ${filter.from}::date`);
  if (filter.to) conditions.push(Prisma.sql`c.observed_on <= ${filter.to}::date`);
  return Prisma.join(conditions, ' AND ');
}

// The current revision of each figure comes from current_figure, the projection the database
// keeps on insert (see its migration): one index probe per figure shown, however many revisions
// and figures the table holds.
const FROM = Prisma.sql`
  FROM current_figure c
  JOIN figure_revision r ON r.id = c.revision_id
  JOIN indicator i ON i.id = c.indicator_id
  JOIN theme t ON t.id = i.theme_id
  JOIN source s ON s.id = r.source_id`;

const COLUMNS = Prisma.sql`
  c.figure_id AS id, c.slug, i.slug AS indicator_slug, r.revision, r.value::text AS value,
  r.observed_on::text AS observed_on, r.observed_precision::text AS observed_precision,
  r.quote, r.note_ko, r.note_en, ${SOURCE_COLUMNS}`;

/**
 * How many figures match, when that is cheap to know: from the per-indicator and per-source counts
 * the database keeps (a sum over indicators, never a count over figures). Null for a date range,
 * whose count would mean reading every figure in it: pages then go by their `next` link.
 */
export async function countCurrentFigures(
  db: PrismaClient,
  filter: FigureFilter,
): Promise<number | null> {
  if (filter.from || filter.to) return null;
  if (filter.source && (filter.indicator || filter.indicators || filter.theme)) return null;
  if (filter.source) {
    const [row] = await db.$queryRaw<{ count: bigint | null }[]>`
      SELECT k.figures AS count FROM source_figure_count k JOIN source s ON s.id = k.source_id
      WHERE s.slug = ${filter.source}`;
    return Number(row?.count ?? 0);
  }
  if (!filter.indicator && !filter.indicators && !filter.theme) {
    // Every figure: one sum over the per-indicator counts, without joining what is not filtered
    // on (5.2 → ~1 ms at 10,000 indicators).
    const [all] = await db.$queryRaw<{ count: bigint | null }[]>`
      SELECT sum(k.figures) AS count FROM indicator_figure_count k`;
    return Number(all?.count ?? 0);
  }
  const [row] = await db.$queryRaw<{ count: bigint | null }[]>`
    SELECT sum(k.figures) AS count
    FROM indicator_figure_count k
    JOIN indicator i ON i.id = k.indicator_id
    JOIN theme t ON t.id = i.theme_id
    WHERE ${indicatorConditions(filter)}`;
  return Number(row?.count ?? 0);
}

function indicatorConditions(filter: FigureFilter): Prisma.Sql {
  return whereClause({
    indicator: filter.indicator,
    indicators: filter.indicators,
    theme: filter.theme,
  });
}

/**
 * Every figure of one indicator in date order — at its current revision, or with `recordedBy`
 * at the revision current then (figures with none by then left out) — for its page and chart.
 * Bounded by the indicator, never the table: current_figure's (indicator, date) index, or per
 * figure one probe of figure_revision's (figure, revision) index.
 */
export async function listIndicatorFigures(
  db: PrismaClient,
  indicatorId: number,
  recordedBy?: Date,
): Promise<FigureRecord[]> {
  const rows = recordedBy
    ? await db.$queryRaw<FigureRow[]>`
      SELECT ${COLUMNS}
      FROM figure f
      JOIN LATERAL (
        SELECT * FROM figure_revision fr
        WHERE fr.figure_id = f.id AND fr.created_at <= ${recordedBy}
        ORDER BY fr.revision DESC LIMIT 1
      ) r ON TRUE
      JOIN LATERAL (
        SELECT f.id AS figure_id, f.slug, f.indicator_id, r.observed_on,
          precision_order(r.observed_precision) AS observed_order
      ) c ON TRUE
      JOIN indicator i ON i.id = f.indicator_id
      JOIN source s ON s.id = r.source_id
      WHERE f.indicator_id = ${indicatorId}
      ORDER BY c.observed_on, c.observed_order, c.slug`
    : await db.$queryRaw<FigureRow[]>`
      SELECT ${COLUMNS} ${FROM} WHERE c.indicator_id = ${indicatorId}
      ORDER BY c.observed_on, c.observed_order, c.slug`;
  return rows.map((row) => toFigureRecord(row, toSourceRef(row)));
}

/**
 * The figures an indicator's chart draws for a period (inclusive ISO dates; null: all): every one
 * up to `max`, past that the sample sampleByDay (lib/domain/chart-model.ts) takes — the first, the
 * last, and the lowest and highest of each of (max − 2) / 2 runs of consecutive days — so at most
 * `max` figures leave the database. `total` is how many the period has. Both read
 * indicator_day_extremes, the one row per day with figures the database keeps, never the
 * figures themselves: the work is bounded by the days the period spans, however many figures were
 * reported on them (100,000 figures over 2,900 days read 2,900 rows).
 */
export async function sampleIndicatorFigures(
  db: PrismaClient,
  indicatorId: number,
  period: { from: string; to: string } | null,
  max: number,
): Promise<{ figures: FigureRecord[]; total: number }> {
  const inPeriod = (column: Prisma.Sql) =>
    period
      ? Prisma.sql`AND ${column} >= ${period.from}::date AND ${column} <= ${period.to}::date`
      : Prisma.empty;
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT coalesce(sum(d.figures), 0)::int AS total FROM indicator_day_extremes d
    WHERE d.indicator_id = ${indicatorId} ${inPeriod(Prisma.sql`d.observed_on`)}`;
  const total = counted?.total ?? 0;
  if (total <= max) {
    const rows = await db.$queryRaw<FigureRow[]>`
      SELECT ${COLUMNS} ${FROM}
      WHERE c.indicator_id = ${indicatorId} ${inPeriod(Prisma.sql`c.observed_on`)}
      ORDER BY c.observed_on, c.observed_order, c.slug LIMIT ${max}`;
    return { figures: rows.map((row) => toFigureRecord(row, toSourceRef(row))), total };
  }
  const runs = Math.floor((max - 2) / 2);
  // Day k of n lies in run floor(k · runs / n), as in sampleByDay; with fewer days than runs,
  // each day is a run of its own.
  const rows = await db.$queryRaw<{ figure_id: number }[]>`
    WITH days AS (
      SELECT d.*, row_number() OVER (ORDER BY d.observed_on) - 1 AS k, count(*) OVER () AS n
      FROM indicator_day_extremes d
      WHERE d.indicator_id = ${indicatorId} ${inPeriod(Prisma.sql`d.observed_on`)}
    ), runs AS (
      SELECT *, CASE WHEN n <= ${runs} THEN k ELSE (k * ${runs}) / n END AS run FROM days
    )
    (SELECT DISTINCT ON (run) low_id AS figure_id FROM runs
      ORDER BY run, low_value, observed_on, low_order, low_slug)
    UNION
    (SELECT DISTINCT ON (run) high_id FROM runs
      ORDER BY run, high_value DESC, observed_on, high_order, high_slug)
    UNION
    (SELECT c.figure_id FROM current_figure c
      WHERE c.indicator_id = ${indicatorId} ${inPeriod(Prisma.sql`c.observed_on`)}
      ORDER BY c.observed_on, c.observed_order, c.slug LIMIT 1)
    UNION
    (SELECT c.figure_id FROM current_figure c
      WHERE c.indicator_id = ${indicatorId} ${inPeriod(Prisma.sql`c.observed_on`)}
      ORDER BY c.observed_on DESC, c.observed_order DESC, c.slug DESC LIMIT 1)`;
  const byId = await readCurrentFigures(
    db,
    rows.map((row) => row.figure_id),
  );
  return { figures: sortFiguresByDate([...byId.values()]), total };
}

/** An indicator's most recently dated current figure (null: it has none). One index probe. */
export async function latestIndicatorFigure(
  db: PrismaClient,
  indicatorId: number,
): Promise<FigureRecord | null> {
  const [row] = await db.$queryRaw<FigureRow[]>`
    SELECT ${COLUMNS} ${FROM} WHERE c.indicator_id = ${indicatorId}
    ORDER BY c.observed_on DESC, c.observed_order DESC, c.slug DESC LIMIT 1`;
  return row ? toFigureRecord(row, toSourceRef(row)) : null;
}

/** Figures by id (a page's worth: the ids travel as one array parameter), keyed by id. */
export async function readCurrentFigures(
  db: PrismaClient,
  ids: readonly number[],
): Promise<Map<number, FigureRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT ${COLUMNS} ${FROM} WHERE c.figure_id = ANY(${ids}::int[])`;
  return new Map(rows.map((row) => [row.id, toFigureRecord(row, toSourceRef(row))]));
}

/**
 * Where a page of figures starts: after the figure with this date, precision and slug (the sort
 * key). A keyset: every page costs one index range scan, however deep into millions of figures.
 */
export interface FigureCursor {
  observedOn: string;
  precision: DatePrecision;
  slug: string;
}

/**
 * One page, ordered by date (a year before a month before a day starting on that date, as
 * comparePreciseDates orders them; then by slug: stable across pages), either by offset
 * (page numbers, for shallow pages) or after a cursor (any depth).
 */
export async function listCurrentFigures(
  db: PrismaClient,
  filter: FigureFilter,
  page: { offset: number; limit: number; after?: FigureCursor },
): Promise<FigureRecord[]> {
  const after = page.after
    ? Prisma.sql`AND (c.observed_on, c.observed_order, c.slug) > (${page.after.observedOn}::date,
        precision_order(${page.after.precision}::"DatePrecision"), ${page.after.slug})`
    : Prisma.empty;
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT ${COLUMNS} ${FROM} WHERE ${whereClause(filter)} ${after}
    ORDER BY c.observed_on, c.observed_order, c.slug OFFSET ${page.offset} LIMIT ${page.limit}`;
  return rows.map((row) => toFigureRecord(row, toSourceRef(row)));
}

// For streaming: the source is read once up front, so each row carries its id, not its text.
const STREAM_COLUMNS = Prisma.sql`
  c.figure_id AS id, c.slug, i.slug AS indicator_slug, r.revision, r.value::text AS value,
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
      SELECT ${STREAM_COLUMNS} ${FROM} WHERE ${whereClause(filter)} AND c.figure_id > ${afterId}
      ORDER BY c.figure_id LIMIT ${batchSize}`;
    return (await db.query({ text: query.text, values: query.values, rowMode: 'array' }))
      .rows as StreamRow[];
  };
  // A source is cited by thousands of figures: one shared record each, read the first time a
  // batch cites it (one array parameter per batch), so a download reads the sources it shows
  // and no others — also one added while a long export runs.
  const sources = new Map<number, SourceRef>();
  const readSources = async (ids: number[]) => {
    const query = Prisma.sql`SELECT s.id, ${SOURCE_COLUMNS} FROM source s WHERE s.id = ANY(${ids}::int[])`;
    for (const row of (await db.query<SourceRow & { id: number }>(query.text, query.values)).rows)
      sources.set(row.id, toSourceRef(row));
  };
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
    const unread = new Set(rows.map((row) => row[10]).filter((id) => !sources.has(id)));
    if (unread.size > 0) await readSources([...unread]);
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
