import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { getIndicatorPage } from './get-indicator-page.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
});
afterAll(async () => {
  await db?.drop();
});

describe('getIndicatorPage', () => {
  it('returns the indicator with its figures and pledges as plain records', async () => {
    const page = await getIndicatorPage(db.prisma, 'startup-fund');
    expect(page?.indicator).toMatchObject({
      slug: 'startup-fund',
      unit: 'KRW',
      theme: { slug: 'startups' },
    });
    expect(
      page?.figures.map((figure) => [figure.value, figure.observedOn, figure.source.publisher]),
    ).toEqual([['619200000000', { date: '2025-09-01', precision: 'MONTH' }, '뉴스노크']]);
    const pledges = Object.fromEntries(page!.pledges.map((pledge) => [pledge.slug, pledge]));
    expect(pledges['startup-fund-500b-won']).toMatchObject({
      targetValue: '500000000000',
      deadline: { date: '2026-01-01', precision: 'YEAR' },
      deadlineInferred: true,
      baseline: { value: '0', assumed: true },
      administration: { slug: 'min-8', mayorKo: '강기정' },
      supersededBySlug: 'startup-fund-1t-won',
    });
    expect(pledges['startup-fund-1t-won']).toMatchObject({
      targetValue: '1000000000000',
      deadline: null,
      supersedesSlug: 'startup-fund-500b-won',
    });
  });

  it.each([['no-such-indicator'], ['\u0000'], ['Startup-Fund'], ['startup-fund\u0000']])(
    'answers null, not an error, for %j',
    async (slug) => {
      await expect(getIndicatorPage(db.prisma, slug)).resolves.toBeNull();
    },
  );
});
