import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { computePledgeStatus } from '../../domain/pledge-status.ts';
import { toOverview } from '../../domain/to-overview.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { countPledges, listPledgesWithStatus } from './current-pledges.ts';
import { getOverview, OVERVIEW_CARDS_PER_THEME } from './get-overview.ts';
import { listFigures } from './list-figures.ts';
import { listIndicators } from './list-indicators.ts';
import { listPledges } from './list-pledges.ts';
import { listThemes } from './list-themes.ts';

/**
 * The status of a pledge computed from SQL (its four evidence figures, STATUS_EVIDENCE) must be
 * the status the engine gives for the indicator's whole list of figures. Checked on the seed and
 * on random indicators built to hit the corners: ties on one date, years, months and days that
 * start on the same day, values on both sides of the target, more-is-better and less-is-better,
 * with and without baselines and deadlines, and days before, between and after the figures.
 */

let db: TestDatabase;

// A small deterministic generator (mulberry32): the same random data on every run.
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = [
  ['2019-01-01', 'YEAR'],
  ['2019-01-01', 'DAY'],
  ['2019-01-01', 'MONTH'],
  ['2020-06-01', 'MONTH'],
  ['2020-06-15', 'DAY'],
  ['2021-01-01', 'YEAR'],
  ['2022-03-01', 'MONTH'],
  ['2022-03-01', 'MONTH'],
  ['2023-12-31', 'DAY'],
  ['2024-01-01', 'YEAR'],
  ['2025-09-01', 'MONTH'],
  ['2026-11-30', 'DAY'],
  ['2027-01-01', 'YEAR'],
] as const;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  const next = random(20261202);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let k = 0; k < 40; k += 1) {
    const higher = next() < 0.6;
    await db.query(
      `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
       SELECT $1, id, '무작위 지표', 'Random indicator', '시험용', 'For the test', 'PEOPLE', 'LEVEL', $2 FROM theme ORDER BY id LIMIT 1`,
      [`random-${k}`, higher],
    );
    const figureCount = Math.floor(next() * 9);
    for (let n = 0; n < figureCount; n += 1) {
      const [date, precision] = pick(DATES);
      const slug = `random-${k}-${String.fromCharCode(97 + Math.floor(next() * 26))}${n}`;
      await db.query(
        `INSERT INTO figure (slug, indicator_id) SELECT $1, id FROM indicator WHERE slug = $2`,
        [slug, `random-${k}`],
      );
      await db.query(
        `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
         SELECT f.id, 1, $2, $3, $4::"DatePrecision", (SELECT id FROM source ORDER BY id LIMIT 1), '시험용 인용', 'test'
         FROM figure f WHERE f.slug = $1`,
        [slug, Math.floor(next() * 100), date, precision],
      );
      // Some figures are corrected: the projection must follow the newest revision.
      if (next() < 0.2)
        await db.query(
          `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
           SELECT f.id, 2, $2, $3, $4::"DatePrecision", (SELECT id FROM source ORDER BY id DESC LIMIT 1), '정정된 인용', '정정', 'test'
           FROM figure f WHERE f.slug = $1`,
          [slug, Math.floor(next() * 100), ...pick(DATES)],
        );
    }
    const pledgeCount = 1 + Math.floor(next() * 3);
    for (let n = 0; n < pledgeCount; n += 1) {
      const milestone = next() < 0.15;
      const deadline = next() < 0.8 ? pick(DATES) : null;
      const baseline = next() < 0.4 ? pick(DATES) : null;
      await db.query(
        `INSERT INTO pledge (slug, kind, indicator_id, administration_id)
         SELECT $1, $2::"PledgeKind", i.id, (SELECT id FROM administration ORDER BY id LIMIT 1)
         FROM indicator i WHERE i.slug = $3`,
        [`random-${k}-pledge-${n}`, milestone ? 'MILESTONE' : 'TARGET', `random-${k}`],
      );
      await db.query(
        `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value, deadline_on, deadline_precision,
           baseline_value, baseline_on, baseline_precision, announced_on, announced_precision, source_id, quote, created_by)
         SELECT p.id, 1, '무작위 공약', 'Random pledge', $2, $3, $4::"DatePrecision", $5, $6, $7::"DatePrecision",
           '2018-07-01', 'MONTH', (SELECT id FROM source ORDER BY id LIMIT 1), '시험용 공약', 'test'
         FROM pledge p WHERE p.slug = $1`,
        [
          `random-${k}-pledge-${n}`,
          milestone ? null : Math.floor(next() * 100),
          deadline?.[0] ?? null,
          deadline?.[1] ?? null,
          baseline ? Math.floor(next() * 100) : null,
          baseline?.[0] ?? null,
          baseline?.[1] ?? null,
        ],
      );
    }
  }
  // Then the data change under the pledges, as staff change it: the evidence the database keeps
  // per pledge (pledge_evidence) must follow new figures, corrected figures, corrected targets
  // and a corrected direction.
  for (let k = 0; k < 40; k += 1) {
    const change = next();
    if (change < 0.25) {
      const [date, precision] = pick(DATES);
      const slug = `random-${k}-late`;
      await db.query(
        `INSERT INTO figure (slug, indicator_id) SELECT $1, id FROM indicator WHERE slug = $2`,
        [slug, `random-${k}`],
      );
      await db.query(
        `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
         SELECT f.id, 1, $2, $3, $4::"DatePrecision", (SELECT id FROM source ORDER BY id LIMIT 1), '늦게 온 인용', 'test'
         FROM figure f WHERE f.slug = $1`,
        [slug, Math.floor(next() * 100), date, precision],
      );
    } else if (change < 0.5) {
      await db.query(
        `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
         SELECT f.id, r.revision + 1, $2, r.observed_on, r.observed_precision, r.source_id, '다시 정정된 인용', '정정', 'test'
         FROM figure f JOIN indicator i ON i.id = f.indicator_id
         JOIN LATERAL (SELECT * FROM figure_revision r WHERE r.figure_id = f.id ORDER BY r.revision DESC LIMIT 1) r ON TRUE
         WHERE i.slug = $1`,
        [`random-${k}`, Math.floor(next() * 100)],
      );
    } else if (change < 0.65) {
      await db.query(
        `UPDATE indicator SET higher_is_better = NOT higher_is_better WHERE slug = $1`,
        [`random-${k}`],
      );
    } else if (change < 0.8) {
      await db.query(
        `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value, deadline_on, deadline_precision,
           baseline_value, baseline_on, baseline_precision, baseline_assumed, announced_on, announced_precision, source_id,
           quote, reason, created_by)
         SELECT r.pledge_id, r.revision + 1, r.title_ko, r.title_en, $2, r.deadline_on, r.deadline_precision,
           r.baseline_value, r.baseline_on, r.baseline_precision, r.baseline_assumed, r.announced_on, r.announced_precision,
           r.source_id, r.quote, '목표 정정', 'test'
         FROM pledge p JOIN LATERAL (SELECT * FROM pledge_revision r WHERE r.pledge_id = p.id ORDER BY r.revision DESC LIMIT 1) r ON TRUE
         WHERE p.slug = $1 AND r.target_value IS NOT NULL`,
        [`random-${k}-pledge-0`, Math.floor(next() * 100)],
      );
    }
  }
});
afterAll(async () => {
  await db?.drop();
});

describe('pledge statuses from SQL', () => {
  it.each(['2019-01-01', '2020-06-30', '2022-03-01', '2024-06-01', '2026-12-02', '2030-01-01'])(
    'equal the engine run on every figure, as of %s',
    async (asOf) => {
      const [fromSql, pledges, indicators, figures] = await Promise.all([
        listPledgesWithStatus(db.prisma, {}, asOf),
        listPledges(db.prisma),
        listIndicators(db.prisma),
        listFigures(db.prisma),
      ]);
      expect(fromSql.map((entry) => entry.pledge)).toEqual(pledges);
      const bySlug = new Map(indicators.map((indicator) => [indicator.slug, indicator]));
      const statuses = new Set<string>();
      for (const entry of fromSql) {
        const indicator = bySlug.get(entry.pledge.indicatorSlug)!;
        const own = figures.filter((figure) => figure.indicatorSlug === indicator.slug);
        expect(entry.indicator).toEqual(indicator);
        expect([entry.pledge.slug, entry.status]).toEqual([
          entry.pledge.slug,
          computePledgeStatus({ pledge: entry.pledge, indicator, figures: own, asOf }),
        ]);
        statuses.add(entry.status.status);
      }
      // The random data reach more than the trivial statuses.
      if (asOf === '2024-06-01') expect(statuses.size).toBeGreaterThanOrEqual(5);
    },
  );

  it('keeps for every pledge the evidence a fresh look over all its figures finds', async () => {
    const fresh = `SELECT p.id, ev.* FROM pledge p JOIN indicator i ON i.id = p.indicator_id
      JOIN LATERAL (SELECT target_value FROM pledge_revision r WHERE r.pledge_id = p.id ORDER BY r.revision DESC LIMIT 1) r ON TRUE
      CROSS JOIN LATERAL pledge_status_evidence(p.indicator_id, p.kind = 'TARGET' AND r.target_value IS NOT NULL,
        r.target_value, i.higher_is_better, 'infinity') ev ORDER BY p.id`;
    const kept = `SELECT pledge_id AS id, first_id, unreached_id, after_unreached_id, latest_id, latest_on
      FROM pledge_evidence ORDER BY pledge_id`;
    const [expected, actual] = [await db.query(fresh), await db.query(kept)];
    expect(actual.rows.length).toBeGreaterThan(40);
    expect(actual.rows).toEqual(expected.rows);
  });

  it('filters and pages in SQL, and counts the same pledges', async () => {
    const all = await listPledgesWithStatus(db.prisma, {}, '2026-12-02');
    const page = await listPledgesWithStatus(db.prisma, {}, '2026-12-02', {
      page: { offset: 10, limit: 5 },
    });
    expect(page.map((entry) => entry.pledge.slug)).toEqual(
      all.slice(10, 15).map((entry) => entry.pledge.slug),
    );
    expect(await countPledges(db.prisma, {})).toBe(all.length);
    const theme = seedDataset.themes[1]!.key;
    const ofTheme = await listPledgesWithStatus(db.prisma, { theme }, '2026-12-02');
    expect(ofTheme.length).toBeGreaterThan(0);
    expect(ofTheme.every((entry) => entry.indicator.theme.slug === theme)).toBe(true);
    expect(await countPledges(db.prisma, { theme })).toBe(ofTheme.length);
    // Pledges by slug (a page of the API's status filter) come in the order they were entered.
    const slugs = [all[12]!, all[3]!, all[7]!].map((entry) => entry.pledge.slug);
    const bySlug = await listPledgesWithStatus(db.prisma, { slugs }, '2026-12-02');
    expect(bySlug).toEqual([all[3], all[7], all[12]]);
    expect(await listPledgesWithStatus(db.prisma, { slugs: [] }, '2026-12-02')).toEqual([]);
  });
});

describe('the overview from SQL', () => {
  it('shows what the whole-list overview shows, with counts', async () => {
    const asOf = '2026-12-02';
    const [overview, themes, indicators, pledges, figures] = await Promise.all([
      getOverview(db.prisma, asOf),
      listThemes(db.prisma),
      listIndicators(db.prisma),
      listPledges(db.prisma),
      listFigures(db.prisma),
    ]);
    const expected = toOverview({ asOf, themes, indicators, pledges, figures });
    expect(overview.pledgeCount).toBe(pledges.length);
    expect(overview.figureCount).toBe(figures.length);
    expect(overview.themes.map((theme) => theme.theme)).toEqual(
      expected.map((theme) => theme.theme),
    );
    for (const [index, theme] of overview.themes.entries()) {
      const whole = expected[index]!;
      expect(theme.pledgeCount).toBe(whole.pledges.length);
      // The whole-list overview knows no verdicts (the SQL one reads each card's verdict in force).
      expect(theme.pledges.map(({ verdict: _verdict, ...card }) => card)).toEqual(
        whole.pledges.slice(0, OVERVIEW_CARDS_PER_THEME),
      );
      expect(theme.unpledgedCount).toBe(whole.unpledged.length);
      expect(theme.unpledged).toEqual(whole.unpledged.slice(0, OVERVIEW_CARDS_PER_THEME));
    }
  });
});
