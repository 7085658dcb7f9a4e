import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { FORM_OPTION_LIMIT, type FormOptionKind } from '../../domain/form-option.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { findFormOptions } from './find-form-options.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
});
afterAll(async () => {
  await db?.drop();
});

const slugs = async (kind: FormOptionKind, text: string) =>
  (await findFormOptions(db.prisma, kind, text, FORM_OPTION_LIMIT)).map((choice) => choice.slug);

describe('findFormOptions', () => {
  it.each([
    ['indicator', '펀드', 'startup-fund'],
    ['indicator', '업펀', 'startup-fund'],
    ['indicator', '창', 'startup-fund'],
    ['indicator', 'STARTUP', 'startup-fund'],
    ['indicator', 'tup-fu', 'startup-fund'],
    ['source', '뉴스노크', 'newsnok-2025-09-hangzhou'],
    ['source', 'hangzhou', 'newsnok-2025-09-hangzhou'],
    ['pledge', '창업캠프', 'ai-startup-camp-2-opening-2021'],
  ] as const)('finds a %s by part of a name or slug: %s', async (kind, text, slug) => {
    expect(await slugs(kind, text)).toContain(slug);
  });

  it('gives an indicator its names and unit, a source its date, publisher and title', async () => {
    expect((await findFormOptions(db.prisma, 'indicator', 'startup-fund', 1))[0]).toEqual({
      kind: 'indicator',
      slug: 'startup-fund',
      nameKo: '창업펀드 조성액',
      nameEn: 'Startup fund raised',
      unit: 'KRW',
    });
    expect((await findFormOptions(db.prisma, 'source', 'newsnok-2025-09-hangzhou', 1))[0]).toEqual({
      kind: 'source',
      slug: 'newsnok-2025-09-hangzhou',
      title: expect.any(String),
      publisher: '뉴스노크',
      publishedOn: { date: expect.stringMatching(/^2025-09-/), precision: expect.any(String) },
    });
  });

  it('takes %, _ and \\ literally', async () => {
    expect(await slugs('indicator', '%')).toEqual([]);
    expect(await slugs('indicator', '_')).toEqual([]);
  });

  describe('at full size: 10,000 indicators, 5,000 sources, 5,000 pledges', () => {
    beforeAll(async () => {
      await db.query(
        `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
         SELECT 'synthetic-' || n, (SELECT min(id) FROM theme), '합성 지표 ' || n, 'Synthetic indicator ' || n,
                '설명', 'About', 'COMPANIES', 'CUMULATIVE', true
         FROM generate_series(1, 10000) AS n`,
      );
      await db.query(
        `INSERT INTO source (slug, title, publisher, publisher_inferred, published_on, published_precision, published_inferred, language)
         SELECT 'synthetic-source-' || n, '합성 기사 ' || n, '합성 신문 ' || (n % 17), false,
                DATE '2018-01-01' + (n % 2900), 'DAY', false, 'ko'
         FROM generate_series(1, 5000) AS n`,
      );
      await db.query(
        `INSERT INTO pledge (slug, kind, indicator_id, administration_id)
         SELECT 'synthetic-pledge-' || n, 'MILESTONE', (SELECT min(id) FROM indicator), (SELECT min(id) FROM administration)
         FROM generate_series(1, 5000) AS n`,
      );
      await db.query(
        `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, announced_on, announced_precision,
                                      source_id, quote, created_by)
         SELECT p.id, 1, '합성 공약 ' || p.slug, 'Synthetic pledge ' || p.slug, DATE '2022-07-01', 'DAY',
                (SELECT min(id) FROM source), '합성 공약을 발표했다.', 'test'
         FROM pledge p WHERE p.slug LIKE 'synthetic-pledge-%'`,
      );
      await db.query('ANALYZE indicator; ANALYZE source; ANALYZE pledge; ANALYZE pledge_revision');
    });

    it('puts the slug itself first, then names and slugs that start with the text', async () => {
      const found = await slugs('indicator', 'synthetic-1');
      expect(found).toHaveLength(FORM_OPTION_LIMIT);
      expect(found.slice(0, 4)).toEqual([
        'synthetic-1',
        'synthetic-10',
        'synthetic-100',
        'synthetic-1000',
      ]);
      expect((await slugs('indicator', '합성 지표 7777'))[0]).toBe('synthetic-7777');
      expect((await slugs('pledge', 'synthetic-pledge-42'))[0]).toBe('synthetic-pledge-42');
    });

    it.each([
      ['indicator', '지표'],
      ['indicator', '합'],
      ['indicator', 'Synthetic indicator 9'],
      ['source', '합성 신문'],
      ['pledge', '공약'],
    ] as const)(
      'answers at most 20 %ss for a text in thousands of them (%s), in milliseconds',
      async (kind, text) => {
        await findFormOptions(db.prisma, kind, text, FORM_OPTION_LIMIT);
        const times: number[] = [];
        for (let run = 0; run < 5; run += 1) {
          const started = performance.now();
          const found = await findFormOptions(db.prisma, kind, text, FORM_OPTION_LIMIT);
          times.push(performance.now() - started);
          expect(found).toHaveLength(FORM_OPTION_LIMIT);
        }
        const median = times.sort((a, b) => a - b)[2]!;
        console.log(`findFormOptions ${kind} "${text}": median ${median.toFixed(1)} ms`);
        // A scan of one table of at most 10,000 rows; the bound is loose for a busy machine.
        expect(median).toBeLessThan(500);
      },
    );
  });
});
