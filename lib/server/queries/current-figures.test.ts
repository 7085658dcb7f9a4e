import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import {
  countCurrentFigures,
  listCurrentFigures,
  streamCurrentFigures,
  type FigureCursor,
  type Queryable,
} from './current-figures.ts';
import { sortFiguresByDate } from '../../domain/latest-figure.ts';
import { listFigures } from './list-figures.ts';

let db: TestDatabase;

/** The test database's raw connection, as the Queryable the stream reads through. */
function pgQueryable(database: TestDatabase): Queryable {
  return database.pool as unknown as Queryable;
}
beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
});
afterAll(async () => {
  await db?.drop();
});

describe('current figures from SQL', () => {
  it('returns the same records as the Prisma query, at their current revision', async () => {
    const viaPrisma = await listFigures(db.prisma);
    const viaSql = await listCurrentFigures(db.prisma, {}, { offset: 0, limit: 1000 });
    expect(new Map(viaSql.map((figure) => [figure.slug, figure]))).toEqual(
      new Map(viaPrisma.map((figure) => [figure.slug, figure])),
    );
  });

  it('reads a correction as the current value', async () => {
    const figure = await db.query(`SELECT id FROM figure WHERE slug = 'startup-fund-2025-09'`);
    await db.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
       SELECT figure_id, 2, 619300000000, observed_on, observed_precision, source_id, quote, '원문 재확인', 'test' FROM figure_revision WHERE figure_id = $1 AND revision = 1`,
      [figure.rows[0].id],
    );
    const [current] = await listCurrentFigures(
      db.prisma,
      { indicator: 'startup-fund' },
      { offset: 0, limit: 10 },
    );
    expect(current).toMatchObject({ value: '619300000000', revision: 2 });
  });

  it.each([
    [{ indicator: 'startup-fund' }, 1],
    [
      { theme: 'ai-industry' },
      seedDataset.figures.filter(
        (f) => seedDataset.indicators.find((i) => i.key === f.indicator)?.theme === 'ai-industry',
      ).length,
    ],
    [
      { from: '2025-01-01' },
      seedDataset.figures.filter((f) => f.observedOn >= '2025-01-01').length,
    ],
    [{ to: '2024-12-31' }, seedDataset.figures.filter((f) => f.observedOn <= '2024-12-31').length],
    [{ indicator: "x' OR '1'='1" }, 0],
  ])('filters %j to %i figures, and counts the same', async (filter, expected) => {
    // A date range is not counted: that would read every figure in it (see countCurrentFigures).
    expect(await countCurrentFigures(db.prisma, filter)).toBe(
      'from' in filter || 'to' in filter ? null : expected,
    );
    expect(await listCurrentFigures(db.prisma, filter, { offset: 0, limit: 1000 })).toHaveLength(
      expected,
    );
  });

  it('pages without gaps or repeats', async () => {
    const all = await listCurrentFigures(db.prisma, {}, { offset: 0, limit: 1000 });
    const paged = [];
    for (let offset = 0; offset < all.length; offset += 4)
      paged.push(...(await listCurrentFigures(db.prisma, {}, { offset, limit: 4 })));
    expect(paged.map((figure) => figure.slug)).toEqual(all.map((figure) => figure.slug));
  });

  it('pages by cursor as it pages by offset, in date order', async () => {
    const all = await listCurrentFigures(db.prisma, {}, { offset: 0, limit: 1000 });
    const paged: typeof all = [];
    let after: FigureCursor | undefined;
    for (;;) {
      const page = await listCurrentFigures(db.prisma, {}, { offset: 0, limit: 3, after });
      if (page.length === 0) break;
      paged.push(...page);
      const last = page.at(-1)!;
      after = {
        observedOn: last.observedOn.date,
        precision: last.observedOn.precision,
        slug: last.slug,
      };
    }
    expect(paged.map((figure) => figure.slug)).toEqual(all.map((figure) => figure.slug));
    expect(all).toEqual(sortFiguresByDate(all));
  });

  it('streams the same records the paged query returns', async () => {
    const streamed = [];
    for await (const batch of streamCurrentFigures(pgQueryable(db), {}, 3)) streamed.push(...batch);
    const paged = await listCurrentFigures(db.prisma, {}, { offset: 0, limit: 1000 });
    expect(new Map(streamed.map((figure) => [figure.slug, figure]))).toEqual(
      new Map(paged.map((figure) => [figure.slug, figure])),
    );
  });

  it('streams every figure exactly once in batches', async () => {
    const batches = [];
    for await (const batch of streamCurrentFigures(pgQueryable(db), {}, 5)) batches.push(batch);
    expect(batches.length).toBe(Math.ceil(seedDataset.figures.length / 5));
    expect(
      batches
        .flat()
        .map((figure) => figure.slug)
        .sort(),
    ).toEqual(seedDataset.figures.map((figure) => figure.key).sort());
  });

  it('cites a source added while the stream was running', async () => {
    const stream = streamCurrentFigures(pgQueryable(db), {}, 5);
    const first = await stream.next();
    expect(first.done).toBe(false);
    // Another editor adds an article and a figure from it, after the stream read the sources.
    await db.query(`INSERT INTO source (slug, title, publisher, publisher_inferred, published_on, published_precision, published_inferred, language)
                    VALUES ('added-mid-export', '도중에 추가된 기사', '광주일보', false, '2026-11-01', 'MONTH', false, 'ko')`);
    await db.query(
      `INSERT INTO figure (slug, indicator_id) SELECT 'added-mid-export', id FROM indicator WHERE slug = 'startup-fund'`,
    );
    await db.query(`INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
                    SELECT f.id, 1, 700000000000, '2026-11-01', 'MONTH', s.id, '창업펀드가 7,000억원에 이르렀다.', 'test'
                    FROM figure f, source s WHERE f.slug = 'added-mid-export' AND s.slug = 'added-mid-export'`);
    const rest = [];
    for await (const batch of stream) rest.push(...batch);
    expect(rest.find((figure) => figure.slug === 'added-mid-export')?.source).toMatchObject({
      slug: 'added-mid-export',
      title: '도중에 추가된 기사',
    });
  });

  it('keeps the counts per indicator and per source as figures are added and corrected', async () => {
    const counts = async () => {
      const [indicatorCount, sourceCount, projected] = await Promise.all([
        db.query(
          `SELECT indicator_id, figures::int FROM indicator_figure_count WHERE figures <> 0 ORDER BY 1`,
        ),
        db.query(
          `SELECT source_id, figures::int FROM source_figure_count WHERE figures <> 0 ORDER BY 1`,
        ),
        db.query(`SELECT count(*)::int AS n FROM current_figure`),
      ]);
      return {
        indicators: indicatorCount.rows,
        sources: sourceCount.rows,
        projected: projected.rows[0].n,
      };
    };
    // What the counts must be: recounted from the revisions themselves.
    const recount = async () => {
      const latest = `SELECT DISTINCT ON (r.figure_id) r.figure_id, r.source_id, f.indicator_id
        FROM figure_revision r JOIN figure f ON f.id = r.figure_id ORDER BY r.figure_id, r.revision DESC`;
      const [indicatorCount, sourceCount, total] = await Promise.all([
        db.query(
          `SELECT indicator_id, count(*)::int AS figures FROM (${latest}) l GROUP BY 1 ORDER BY 1`,
        ),
        db.query(
          `SELECT source_id, count(*)::int AS figures FROM (${latest}) l GROUP BY 1 ORDER BY 1`,
        ),
        db.query(`SELECT count(*)::int AS n FROM (${latest}) l`),
      ]);
      return {
        indicators: indicatorCount.rows,
        sources: sourceCount.rows,
        projected: total.rows[0].n,
      };
    };
    expect(await counts()).toEqual(await recount());
    // A correction that moves a figure to another source, in one statement with a new figure.
    await db.query(
      `INSERT INTO figure (slug, indicator_id) SELECT 'counted-figure', id FROM indicator WHERE slug = 'startup-fund'`,
    );
    await db.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
       SELECT fr.figure_id, fr.revision + 1, fr.value, fr.observed_on, fr.observed_precision,
              (SELECT max(id) FROM source), fr.quote, '출처 정정', 'test'
         FROM figure_revision fr JOIN figure f ON f.id = fr.figure_id
        WHERE f.slug = 'startup-fund-2025-09'
          AND fr.revision = (SELECT max(revision) FROM figure_revision WHERE figure_id = fr.figure_id)
       UNION ALL
       SELECT f.id, 1, 1, '2026-01-01', 'YEAR', (SELECT min(id) FROM source), '새 수치', NULL, 'test'
         FROM figure f WHERE f.slug = 'counted-figure'`,
    );
    expect(await counts()).toEqual(await recount());
    expect(await countCurrentFigures(db.prisma, {})).toBe((await recount()).projected);
  });
});
