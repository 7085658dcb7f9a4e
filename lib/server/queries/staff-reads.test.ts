import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { sortFiguresByDate } from '../../domain/latest-figure.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { listFigures } from './list-figures.ts';
import { listIndicatorFigurePage } from './list-indicator-figure-page.ts';
import { listIndicatorSummaries } from './list-indicator-summaries.ts';
import { getIndicator, listIndicators } from './list-indicators.ts';
import { getPledge, listPledgePage, listPledges } from './list-pledges.ts';
import { getSource, listSourcePage, listSources } from './list-sources.ts';

/**
 * What the staff pages read: pages of indicators (with counts and newest figures), of one
 * indicator's figures, of pledges and of sources, and single records by slug. Each is checked
 * against the whole-table reads it replaces on the seed data, plus figures added here so one
 * indicator spans several pages.
 */
let db: TestDatabase;
const CROWDED = 'startup-fund';
const ADDED = 12;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  // Twelve more monthly figures of one indicator, two of them corrected once.
  await db.query(
    `INSERT INTO figure (slug, indicator_id)
     SELECT 'staff-reads-' || n, i.id FROM generate_series(1, ${ADDED}) n, indicator i WHERE i.slug = $1`,
    [CROWDED],
  );
  await db.query(
    `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, created_by)
     SELECT f.id, 1, 1000 * substring(f.slug FROM 13)::int, make_date(2030, substring(f.slug FROM 13)::int, 1),
       'MONTH', (SELECT id FROM source ORDER BY id LIMIT 1), '시험용 인용문', 'test'
     FROM figure f WHERE f.slug LIKE 'staff-reads-%'`,
  );
  await db.query(
    `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
     SELECT figure_id, 2, value + 1, observed_on, observed_precision, source_id, quote, '정정 시험', 'test'
     FROM figure_revision r JOIN figure f ON f.id = r.figure_id
     WHERE f.slug IN ('staff-reads-3', 'staff-reads-12')`,
  );
});
afterAll(async () => {
  await db?.drop();
});

const slugs = (records: readonly { slug: string }[]) => records.map((record) => record.slug);

describe('a page of indicators with their counts and newest figures', () => {
  it('covers every indicator once, in the order of the full list, with its total', async () => {
    const all = await listIndicators(db.prisma);
    const paged = [];
    for (let page = 1; page <= Math.ceil(all.length / 3); page += 1) {
      const result = await listIndicatorSummaries(db.prisma, page, 3, 2);
      expect(result).toMatchObject({
        page,
        pageCount: Math.ceil(all.length / 3),
        total: all.length,
      });
      paged.push(...result.items.map((item) => item.indicator));
    }
    expect(paged).toEqual(all);
  });

  it('gives each indicator its figure count and its newest figures at their current revision', async () => {
    const figures = await listFigures(db.prisma);
    const { items } = await listIndicatorSummaries(db.prisma, 1, 1000, 3);
    for (const { indicator, figureCount, recentFigures } of items) {
      const own = sortFiguresByDate(figures.filter((f) => f.indicatorSlug === indicator.slug));
      expect(figureCount).toBe(own.length);
      expect(recentFigures).toEqual(own.reverse().slice(0, 3));
    }
    const crowded = items.find((item) => item.indicator.slug === CROWDED)!;
    expect(slugs(crowded.recentFigures)).toEqual([
      'staff-reads-12',
      'staff-reads-11',
      'staff-reads-10',
    ]);
    expect(crowded.recentFigures[0]).toMatchObject({ revision: 2, value: '12001' });
  });

  it('shows the last page for a page past it', async () => {
    const total = (await listIndicators(db.prisma)).length;
    const last = await listIndicatorSummaries(db.prisma, 999, 4, 1);
    expect(last.page).toBe(Math.ceil(total / 4));
    expect(last.items.length).toBe(total - (last.page - 1) * 4);
  });
});

describe("a page of one indicator's figures, newest first", () => {
  it('pages without gaps or repeats, newest first, with the count', async () => {
    const own = sortFiguresByDate(
      (await listFigures(db.prisma)).filter((figure) => figure.indicatorSlug === CROWDED),
    ).reverse();
    expect(own.length).toBeGreaterThan(ADDED);
    const pageCount = Math.ceil(own.length / 5);
    const paged = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await listIndicatorFigurePage(db.prisma, CROWDED, page, 5);
      expect(result).toMatchObject({ page, pageCount, total: own.length });
      paged.push(...result.items);
    }
    expect(paged).toEqual(own);
    expect((await listIndicatorFigurePage(db.prisma, CROWDED, 99, 5)).page).toBe(pageCount);
  });

  it('has an empty first page for an indicator without figures', async () => {
    const figures = await listFigures(db.prisma);
    const empty = (await listIndicators(db.prisma)).find(
      (indicator) => !figures.some((figure) => figure.indicatorSlug === indicator.slug),
    )!;
    expect(await listIndicatorFigurePage(db.prisma, empty.slug, 2, 5)).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
    });
  });

  it.each(['no-such-indicator', "x' OR '1'='1"])('has no figures for %s', async (slug) => {
    expect(await listIndicatorFigurePage(db.prisma, slug, 3, 5)).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
    });
  });
});

describe('pages of pledges and sources', () => {
  it.each([1, 2, 7])('pledges, %i a page, cover the full list in its order', async (perPage) => {
    const all = await listPledges(db.prisma);
    const pageCount = Math.ceil(all.length / perPage);
    const paged = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await listPledgePage(db.prisma, page, perPage);
      expect(result).toMatchObject({ page, pageCount, total: all.length });
      paged.push(...result.items);
    }
    expect(paged).toEqual(all);
    expect((await listPledgePage(db.prisma, pageCount + 5, perPage)).page).toBe(pageCount);
  });

  it.each([1, 2, 7])('sources, %i a page, cover the full list in its order', async (perPage) => {
    const all = await listSources(db.prisma);
    const pageCount = Math.ceil(all.length / perPage);
    const paged = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await listSourcePage(db.prisma, page, perPage);
      expect(result).toMatchObject({ page, pageCount, total: all.length });
      paged.push(...result.items);
    }
    expect(paged).toEqual(all);
    expect((await listSourcePage(db.prisma, 0, perPage)).page).toBe(1);
  });
});

describe('one record by its slug', () => {
  it('finds each indicator, pledge and source as the full lists have it', async () => {
    for (const indicator of await listIndicators(db.prisma))
      expect(await getIndicator(db.prisma, indicator.slug)).toEqual(indicator);
    for (const pledge of await listPledges(db.prisma))
      expect(await getPledge(db.prisma, pledge.slug)).toEqual(pledge);
    for (const source of await listSources(db.prisma))
      expect(await getSource(db.prisma, source.slug)).toEqual(source);
  });

  it.each(['no-such-slug', "x' OR '1'='1", ''])('answers null for %j', async (slug) => {
    expect(await getIndicator(db.prisma, slug)).toBeNull();
    expect(await getPledge(db.prisma, slug)).toBeNull();
    expect(await getSource(db.prisma, slug)).toBeNull();
  });
});
