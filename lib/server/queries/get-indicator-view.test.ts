import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSeoul } from '../today.ts';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { MAX_CHART_FIGURES } from '../../domain/chart-model.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { FIGURES_PER_TABLE_PAGE, getIndicatorView } from './get-indicator-page.ts';

/**
 * An indicator page reads what it shows: statuses from the kept evidence, the chart's sample
 * chosen in SQL, one table page. A view of a past moment computes the same things in memory from
 * the whole history, so asking for the present moment both ways must give the same answer — for
 * the seed and for an indicator of 1,000 figures with tied dates and values, whose chart must be
 * sampled.
 */

let db: TestDatabase;
const FIGURES = 1_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  await db.query(
    `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
     SELECT 'dense', id, '촘촘한 지표', 'Dense indicator', '시험용', 'For the test', 'PEOPLE', 'LEVEL', true FROM theme ORDER BY id LIMIT 1`,
  );
  // Two figures a day on some days, one a month on others; values from 0 to 40 so that the
  // lowest and highest of a run are often tied (the first one counts, in SQL as in memory).
  await db.query(
    `INSERT INTO figure (slug, indicator_id)
     SELECT 'dense-' || lpad(n::text, 4, '0'), (SELECT id FROM indicator WHERE slug = 'dense')
     FROM generate_series(1, $1) n`,
    [FIGURES],
  );
  await db.query(
    `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
     SELECT f.id, 1, (hashint4(n) & 2147483647) % 41,
       CASE WHEN n % 3 = 0 THEN date '2010-01-01' + (n / 30) * interval '1 month'
            ELSE date '2010-01-01' + (n / 2) * interval '1 day' END,
       CASE WHEN n % 3 = 0 THEN 'MONTH' ELSE 'DAY' END::"DatePrecision",
       (SELECT id FROM source ORDER BY id LIMIT 1), '시험용 인용', 'test'
     FROM generate_series(1, $1) n JOIN figure f ON f.slug = 'dense-' || lpad(n::text, 4, '0')`,
    [FIGURES],
  );
  await db.query(
    `INSERT INTO pledge (slug, kind, indicator_id, administration_id)
     SELECT 'dense-pledge', 'TARGET', i.id, (SELECT id FROM administration ORDER BY id LIMIT 1)
     FROM indicator i WHERE i.slug = 'dense'`,
  );
  await db.query(
    `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value, deadline_on, deadline_precision,
       announced_on, announced_precision, source_id, quote, created_by)
     SELECT p.id, 1, '촘촘한 공약', 'Dense pledge', 35, '2030-01-01', 'YEAR', '2018-07-01', 'MONTH',
       (SELECT id FROM source ORDER BY id LIMIT 1), '시험용 공약', 'test'
     FROM pledge p WHERE p.slug = 'dense-pledge'`,
  );
});
afterAll(async () => {
  await db?.drop();
});

const FAR_FUTURE = new Date('2999-01-01T00:00:00Z');

describe('an indicator view from SQL', () => {
  it.each([
    ['dense', null, 1],
    ['dense', null, 4],
    ['dense', { from: '2010-03-01', to: '2011-02-28' }, 2],
    ['dense', { from: '2030-01-01', to: '2031-12-31' }, 1],
    ['startup-fund', null, 1],
    ['greenhouse-gas-reduction', { from: '2022-07-01', to: '2026-06-30' }, 1],
  ] as const)(
    'equals the in-memory view of %s over %j, table page %d',
    async (slug, period, page) => {
      // Today: verdicts in force are those published by the end of the status date, and the seed
      // published its verdicts as this test's database was loaded.
      const request = { asOf: todayInSeoul(), period, tablePage: page };
      const fromSql = await getIndicatorView(db.prisma, slug, request);
      const inMemory = await getIndicatorView(db.prisma, slug, {
        ...request,
        recordedBy: FAR_FUTURE,
      });
      expect(fromSql).not.toBeNull();
      expect(fromSql).toEqual(inMemory);
    },
  );

  it('samples a dense chart to at most the maximum, keeping the first, the last and the extremes', async () => {
    const view = await getIndicatorView(db.prisma, 'dense', {
      asOf: '2026-12-02',
      period: null,
      tablePage: 1,
    });
    const { figures, total } = view!.chart;
    expect(total).toBe(FIGURES);
    expect(view!.figureCount).toBe(FIGURES);
    expect(figures.length).toBeLessThanOrEqual(MAX_CHART_FIGURES);
    expect(figures.length).toBeGreaterThan(MAX_CHART_FIGURES / 2);
    const values = figures.map((figure) => Number(figure.value));
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(40);
    expect(view!.table).toHaveLength(FIGURES_PER_TABLE_PAGE);
    expect(view!.statuses.get('dense-pledge')).toBeDefined();
  });

  it('answers null for an unknown indicator, either way', async () => {
    const request = { asOf: '2026-12-02', period: null, tablePage: 1 };
    await expect(getIndicatorView(db.prisma, 'no-such', request)).resolves.toBeNull();
    await expect(
      getIndicatorView(db.prisma, 'no-such', { ...request, recordedBy: FAR_FUTURE }),
    ).resolves.toBeNull();
  });
});
