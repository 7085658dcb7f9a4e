import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { SOURCES_PER_PAGE } from '../../domain/sources-page.ts';
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

  it('answers null for a slug no source has', async () => {
    expect(await getSourcePageNumber(db.prisma, 'no-such-source')).toBeNull();
  });
});
