import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';

/**
 * indicator_day_extremes, the one row per indicator and day an indicator's chart samples, must
 * always equal what counting current_figure afresh gives: after the seed, after new figures on
 * days that already have some (merged into the day's row), and after corrections that change a
 * value, move a figure to another day or empty a day (the days concerned counted again).
 */

let db: TestDatabase;

const AFRESH = `
  SELECT k.indicator_id, k.observed_on::text, k.figures, lo.figure_id AS low_id,
         lo.value::text AS low_value, hi.figure_id AS high_id, hi.value::text AS high_value
  FROM (SELECT indicator_id, observed_on, count(*)::int AS figures
        FROM current_figure GROUP BY indicator_id, observed_on) k
  JOIN (SELECT DISTINCT ON (indicator_id, observed_on) * FROM current_figure
        ORDER BY indicator_id, observed_on, value, observed_order, slug) lo
    USING (indicator_id, observed_on)
  JOIN (SELECT DISTINCT ON (indicator_id, observed_on) * FROM current_figure
        ORDER BY indicator_id, observed_on, value DESC, observed_order, slug) hi
    USING (indicator_id, observed_on)
  ORDER BY 1, 2`;
const KEPT = `
  SELECT indicator_id, observed_on::text, figures, low_id, low_value::text, high_id,
         high_value::text
  FROM indicator_day_extremes ORDER BY 1, 2`;

async function expectKeptEqualsAfresh() {
  const [kept, afresh] = await Promise.all([db.query(KEPT), db.query(AFRESH)]);
  expect(kept.rows.length).toBeGreaterThan(0);
  expect(kept.rows).toEqual(afresh.rows);
}

/** Inserts revision `revision` of these figures in one statement, as an import does. */
async function revise(
  revision: number,
  rows: { slug: string; value: number; day: string; precision?: string }[],
) {
  await db.query(
    `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by, reason)
     SELECT f.id, $1, x.value, x.day::date, x.precision::"DatePrecision",
       (SELECT id FROM source ORDER BY id LIMIT 1), '시험용 인용', 'test',
       CASE WHEN $1 > 1 THEN '시험용 정정' END
     FROM jsonb_to_recordset($2::jsonb) AS x(slug text, value numeric, day text, precision text)
     JOIN figure f ON f.slug = x.slug`,
    [revision, JSON.stringify(rows.map((row) => ({ precision: 'DAY', ...row })))],
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  await db.query(
    `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
     SELECT 'days', id, '날짜별 지표', 'Indicator by day', '시험용', 'For the test', 'PEOPLE', 'LEVEL', true FROM theme ORDER BY id LIMIT 1`,
  );
  await db.query(
    `INSERT INTO figure (slug, indicator_id)
     SELECT 'days-' || n, (SELECT id FROM indicator WHERE slug = 'days') FROM generate_series(1, 12) n`,
  );
});
afterAll(async () => {
  await db?.drop();
});

describe('indicator_day_extremes', () => {
  it('holds the seed’s figures', async () => {
    await expectKeptEqualsAfresh();
  });

  it('merges new figures into days that already have some, one statement or several', async () => {
    await revise(1, [
      { slug: 'days-1', value: 5, day: '2024-01-01' },
      { slug: 'days-2', value: 5, day: '2024-01-01', precision: 'MONTH' },
      { slug: 'days-3', value: 7, day: '2024-01-02' },
    ]);
    await expectKeptEqualsAfresh();
    // A tie with the day's lowest (a later slug: the kept one stays), a new highest, a new day.
    await revise(1, [
      { slug: 'days-4', value: 5, day: '2024-01-01' },
      { slug: 'days-5', value: 9, day: '2024-01-01' },
      { slug: 'days-6', value: 1, day: '2024-01-03' },
    ]);
    await expectKeptEqualsAfresh();
    // An earlier slug on a tie takes the place: days-10 sorts before days-2 and days-4.
    await revise(1, [{ slug: 'days-10', value: 5, day: '2024-01-01' }]);
    await expectKeptEqualsAfresh();
  });

  it('counts days again after corrections: a new value, a moved figure, an emptied day', async () => {
    await revise(2, [{ slug: 'days-5', value: 0, day: '2024-01-01' }]);
    await expectKeptEqualsAfresh();
    await revise(2, [{ slug: 'days-3', value: 7, day: '2024-01-03' }]);
    await expectKeptEqualsAfresh();
    const emptied = await db.query(
      `SELECT 1 FROM indicator_day_extremes d JOIN indicator i ON i.id = d.indicator_id
       WHERE i.slug = 'days' AND d.observed_on = '2024-01-02'`,
    );
    expect(emptied.rows).toHaveLength(0);
    // A correction and new figures on the same day in one transaction.
    await revise(3, [{ slug: 'days-5', value: 3, day: '2024-01-03' }]);
    await db.query('BEGIN');
    await revise(1, [
      { slug: 'days-7', value: -4, day: '2024-01-03' },
      { slug: 'days-8', value: 11, day: '2024-01-04' },
    ]);
    await revise(2, [{ slug: 'days-7', value: 2, day: '2024-01-03' }]);
    await db.query('COMMIT');
    await expectKeptEqualsAfresh();
  });
});
