import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { toSearchHitList } from '../../domain/search-query.ts';
import { searchDashboard } from './search.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
});
afterAll(async () => {
  await db?.drop();
});

const search = (text: string, options: { limit?: number } = {}) =>
  searchDashboard(db.prisma, { text, limit: options.limit ?? 10 });

describe('searchDashboard', () => {
  it('finds part of a Korean word, two syllables or more, in names and quotes', async () => {
    for (const text of ['펀드', '창업', '창업펀드', '업펀']) {
      const found = await search(text);
      expect(
        found.indicator.map((hit) => hit.slug),
        text,
      ).toContain('startup-fund');
    }
    const quotes = await search('창업펀드 목표');
    expect(quotes.figure.map((hit) => hit.slug)).toContain('startup-fund-2025-09');
    expect(quotes.figure[0]?.matched).toContain('창업펀드 목표');
  });

  it('finds English in any case', async () => {
    for (const text of ['STARTUP FUND', 'startup fund', 'Startup']) {
      const found = await search(text);
      expect(
        found.indicator.map((hit) => hit.slug),
        text,
      ).toContain('startup-fund');
    }
  });

  it('says which language the matched text is in', async () => {
    expect((await search('STARTUP FUND')).indicator[0]).toMatchObject({
      slug: 'startup-fund',
      matchedLang: 'en',
    });
    expect((await search('창업펀드 조성액')).indicator[0]?.matchedLang).toBe('ko');
    const quotes = await search('창업펀드 목표');
    expect(quotes.figure.map((hit) => hit.matchedLang)).toContain('ko');
    expect((await search('뉴스노크')).source[0]?.matchedLang).toBe('ko');
  });

  it('searches only names for one or two characters, and sources and quotes from three', async () => {
    const short = await search('펀드');
    expect(short.source).toEqual([]);
    expect(short.figure).toEqual([]);
    const long = await search('뉴스노크');
    expect(long.source.map((hit) => hit.matched)).toContain('뉴스노크');
    expect(long.source[0]?.slug).toBe('newsnok-2025-09-hangzhou');
  });

  it('ranks a whole name before its start before its inside before descriptions', async () => {
    const found = await search('창업펀드 조성액');
    expect(found.indicator[0]).toMatchObject({ slug: 'startup-fund', rank: 0 });
    const byRank = (await search('창업')).indicator.map((hit) => hit.rank);
    expect(byRank).toEqual([...byRank].sort((a, b) => a - b));
    expect(byRank[0]).toBe(1);
  });

  it('answers at most the limit per kind', async () => {
    const found = await search('광주', { limit: 2 });
    for (const kind of ['indicator', 'pledge', 'source', 'figure'] as const)
      expect(found[kind].length).toBeLessThanOrEqual(2);
    expect(found.complete).toBe(true);
    expect(found.pledge.length + found.indicator.length).toBeGreaterThan(0);
  });

  it('reads only the kinds asked for', async () => {
    const found = await searchDashboard(db.prisma, {
      text: '창업펀드',
      kinds: ['figure'],
      limit: 10,
    });
    expect(found.indicator).toEqual([]);
    expect(found.figure.length).toBeGreaterThan(0);
  });

  it.each([['%'], ['_'], ['%%%'], ["'"], ["' OR 1=1 --"], ['\\'], ['.*'], ['[가-힣]'], ['(']])(
    'takes %j literally: no error, and only text that contains it',
    async (text) => {
      const found = await search(text);
      for (const hit of toSearchHitList(found))
        expect(hit.matched.toLowerCase()).toContain(text.toLowerCase());
    },
  );

  it('uses the trigram index for Korean: the database classifies Hangul as letters', async () => {
    // pg_trgm builds trigrams of "word" characters only, as the database's ctype classifies
    // them; under C.UTF-8 Hangul syllables are letters, so "창업펀드" has trigrams.
    // show_trgm prints multibyte trigrams as hashes; five means "  창", " 창업", "창업펀",
    // "업펀드", "펀드 ", where a database that took Hangul for punctuation would give none.
    const { rows } = await db.query(
      `SELECT cardinality(show_trgm('창업펀드')) AS korean, cardinality(show_trgm('!!!!')) AS punctuation`,
    );
    expect(rows[0]).toEqual({ korean: 5, punctuation: 0 });
    await db.query('SET enable_seqscan = off');
    const plan = await db.query(
      `EXPLAIN SELECT id FROM figure_revision WHERE quote ILIKE '%창업펀드%'`,
    );
    await db.query('RESET enable_seqscan');
    expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain(
      'figure_revision_quote_idx',
    );
  });

  it('would not under a plain C ctype: Hangul are then punctuation to pg_trgm', async () => {
    const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
    await admin.connect();
    const name = `${new URL(db.url).pathname.slice(1)}_c`;
    await admin.query(
      `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
    );
    const url = new URL(db.url);
    url.pathname = `/${name}`;
    const plain = new pg.Client({ connectionString: url.toString() });
    try {
      await plain.connect();
      await plain.query('CREATE EXTENSION pg_trgm');
      const { rows } = await plain.query(
        `SELECT cardinality(show_trgm('창업펀드')) AS korean, cardinality(show_trgm('fund')) AS latin`,
      );
      expect(rows[0]).toEqual({ korean: 0, latin: 5 });
    } finally {
      await plain.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
