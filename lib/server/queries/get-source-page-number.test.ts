import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { QUOTES_PER_SOURCE, SOURCES_PER_PAGE } from '../../domain/sources-page.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { getSourcePageNumber } from './get-source-page-number.ts';
import { getSourcesPage } from './get-sources-page.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  // Enough sources for three pages, with days shared by several (ordered by slug within a day).
  await db.query(
    `INSERT INTO source (slug, title, publisher, publisher_inferred, published_on,
       published_precision, published_inferred, language)
     SELECT 'extra-' || n, '추가 출처 ' || n, '시험일보', false,
       DATE '2024-01-01' + (n / 3), 'DAY', false, 'ko'
     FROM generate_series(1, 2 * $1) AS n`,
    [SOURCES_PER_PAGE],
  );
});
afterAll(async () => {
  await db?.drop();
});

describe('getSourcePageNumber', () => {
  it('names the page of /sources that lists each source', async () => {
    const { rows } = await db.query('SELECT slug FROM source ORDER BY slug');
    const pages = new Set<number>();
    for (const { slug } of rows as { slug: string }[]) {
      const page = await getSourcePageNumber(db.prisma, slug);
      expect(page, slug).not.toBeNull();
      pages.add(page!);
      const listed = await getSourcesPage(db.prisma, page!);
      expect(
        listed.sources.map((entry) => entry.source.slug),
        slug,
      ).toContain(slug);
    }
    expect(pages.size).toBe(3);
  });

  it('lists the first pledges whose current revision cites a source, and counts them all', async () => {
    // Twelve pledges cite extra-1 in their first revision; the twelfth's correction cites another.
    await db.query(
      `INSERT INTO pledge (slug, kind, indicator_id, administration_id)
       SELECT 'cites-' || n, 'TARGET', (SELECT id FROM indicator ORDER BY id LIMIT 1),
         (SELECT id FROM administration ORDER BY id LIMIT 1)
       FROM generate_series(1, 12) AS n ORDER BY n`,
    );
    await db.query(
      `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value,
         deadline_on, deadline_precision, announced_on, announced_precision, source_id, quote,
         created_by, reason)
       SELECT p.id, v.revision, '인용 공약', 'Citing pledge', 10, '2030-01-01', 'YEAR',
         '2024-01-01', 'DAY',
         (SELECT id FROM source WHERE slug = CASE WHEN v.revision = 2 THEN 'extra-2' ELSE 'extra-1' END),
         '인용문', 'test', CASE WHEN v.revision = 2 THEN '출처 정정' END
       FROM pledge p JOIN (VALUES (1), (2)) AS v(revision)
         ON v.revision = 1 OR p.slug = 'cites-12'
       WHERE p.slug LIKE 'cites-%'`,
    );
    const page = await getSourcePageNumber(db.prisma, 'extra-1');
    const listed = (await getSourcesPage(db.prisma, page!)).sources.find(
      (entry) => entry.source.slug === 'extra-1',
    )!;
    expect(listed.pledgeCount).toBe(11);
    expect(listed.pledges.map((pledge) => pledge.slug)).toEqual(
      Array.from({ length: QUOTES_PER_SOURCE }, (_, index) => `cites-${index + 1}`),
    );
    const other = (
      await getSourcesPage(db.prisma, (await getSourcePageNumber(db.prisma, 'extra-2'))!)
    ).sources.find((entry) => entry.source.slug === 'extra-2')!;
    expect(other.pledgeCount).toBe(1);
    expect(other.pledges.map((pledge) => pledge.slug)).toEqual(['cites-12']);
  });

  it('answers null for a slug no source has', async () => {
    expect(await getSourcePageNumber(db.prisma, 'no-such-source')).toBeNull();
  });
});
