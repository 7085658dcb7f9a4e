import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';

/**
 * What the database itself refuses, written as raw SQL so no application code stands between
 * the attempt and PostgreSQL.
 */

let db: TestDatabase;
let ids: { source: number; indicator: number; figure: number; admin: number };

beforeAll(async () => {
  db = await createTestDatabase();
  await db.query(
    `INSERT INTO theme (slug, name_ko, name_en, sort_order) VALUES ('ai-industry', 'AI 산업', 'AI industry', 1)`,
  );
  const source = await db.query(
    `INSERT INTO source (slug, title, publisher, publisher_inferred, published_on, published_precision, published_inferred, language)
     VALUES ('article', '기사', '신문', false, '2025-09-01', 'MONTH', false, 'ko') RETURNING id`,
  );
  const indicator = await db.query(
    `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
     VALUES ('startup-fund', (SELECT id FROM theme), '창업펀드', 'Startup fund', '설명', 'About', 'KRW', 'CUMULATIVE', true) RETURNING id`,
  );
  const admin = await db.query(
    `INSERT INTO administration (slug, name_ko, name_en, mayor_ko, mayor_en, term_start, term_end)
     VALUES ('min-8', '민선 8기', '8th', '강기정', 'Kang', '2022-07-01', '2026-06-30') RETURNING id`,
  );
  const figure = await db.query(
    `INSERT INTO figure (slug, indicator_id) VALUES ('fund-2025', $1) RETURNING id`,
    [indicator.rows[0].id],
  );
  ids = {
    source: source.rows[0].id,
    indicator: indicator.rows[0].id,
    figure: figure.rows[0].id,
    admin: admin.rows[0].id,
  };
});

afterAll(async () => {
  await db?.drop();
});

function insertRevision(fields: Partial<Record<string, unknown>>) {
  const row = {
    figure_id: ids.figure,
    revision: 1,
    value: '619200000000',
    observed_on: '2025-09-01',
    observed_precision: 'MONTH',
    source_id: ids.source,
    quote: '5000억 창업펀드 목표를 조기 달성(6192억원)',
    reason: null,
    created_by: 'test',
    ...fields,
  };
  const columns = Object.keys(row);
  return db.query(
    `INSERT INTO figure_revision (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  );
}

describe('a reported figure', () => {
  beforeEach(async () => {
    // Each case starts from a figure with no revisions (history cannot be deleted, so use a new figure).
    const figure = await db.query(
      `INSERT INTO figure (slug, indicator_id) VALUES ('f-' || md5(random()::text), $1) RETURNING id`,
      [ids.indicator],
    );
    ids.figure = figure.rows[0].id;
  });

  it('is stored with its source and exact quote', async () => {
    const result = await insertRevision({});
    expect(result.rowCount).toBe(1);
    const stored = await db.query(
      `SELECT value::text AS value FROM figure_revision WHERE id = $1`,
      [result.rows[0].id],
    );
    expect(stored.rows[0].value).toBe('619200000000.000000');
  });

  it.each([
    ['without a source', { source_id: null }, /null value in column "source_id"/],
    ['with a source that does not exist', { source_id: 999_999 }, /figure_revision_source_id_fkey/],
    ['without a quote', { quote: null }, /null value in column "quote"/],
    ['with an empty quote', { quote: '' }, /figure_revision_quote_present/],
    ['with a blank quote', { quote: '  \n ' }, /figure_revision_quote_present/],
    [
      'with a MONTH date that is not the 1st',
      { observed_on: '2025-09-24' },
      /figure_revision_observed_precision/,
    ],
    [
      'with a YEAR date that is not 1 January',
      { observed_on: '2025-09-01', observed_precision: 'YEAR' },
      /figure_revision_observed_precision/,
    ],
    [
      'with an unknown precision',
      { observed_precision: 'WEEK' },
      /invalid input value for enum "DatePrecision"/,
    ],
    [
      'with a value that is not a number',
      { value: '6192억' },
      /invalid input syntax for type numeric/,
    ],
    ['as a correction without a reason', { revision: 2 }, /figure_revision_reason_for_corrections/],
  ])('is refused %s', async (_case, fields, message) => {
    await expect(insertRevision(fields)).rejects.toThrow(message);
  });

  it('keeps a value exactly, with no float rounding', async () => {
    const result = await insertRevision({ value: '123456789012345678.123456' });
    const stored = await db.query(
      `SELECT value::text AS value FROM figure_revision WHERE id = $1`,
      [result.rows[0].id],
    );
    expect(stored.rows[0].value).toBe('123456789012345678.123456');
  });

  it('cannot be rewritten or deleted once stored: corrections append', async () => {
    const result = await insertRevision({});
    await expect(
      db.query(`UPDATE figure_revision SET value = 1 WHERE id = $1`, [result.rows[0].id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM figure_revision WHERE id = $1`, [result.rows[0].id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE figure_revision CASCADE`)).rejects.toThrow(/append-only/);
    await insertRevision({ revision: 2, value: '620000000000', reason: '원문 재확인' });
    const history = await db.query(
      `SELECT revision FROM figure_revision WHERE figure_id = $1 ORDER BY revision`,
      [ids.figure],
    );
    expect(history.rows.map((row) => row.revision)).toEqual([1, 2]);
  });

  it('lets only one of two concurrent corrections take the next revision number', async () => {
    await insertRevision({});
    const attempts = await Promise.allSettled([
      insertRevision({ revision: 2, value: '1', reason: 'first editor' }),
      insertRevision({ revision: 2, value: '2', reason: 'second editor' }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.status === 'rejected')).toHaveLength(1);
  });
});

describe('an indicator', () => {
  it('accepts only a known unit', async () => {
    await expect(
      db.query(
        `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
         VALUES ('bad-unit', (SELECT id FROM theme LIMIT 1), 'x', 'x', 'x', 'x', 'BANANAS', 'LEVEL', true)`,
      ),
    ).rejects.toThrow(/invalid input value for enum "Unit"/);
  });
});

describe('a pledge', () => {
  async function insertPledge(kind: 'TARGET' | 'MILESTONE', targetValue: string | null) {
    const pledge = await db.query(
      `INSERT INTO pledge (slug, kind, indicator_id, administration_id) VALUES ('p-' || md5(random()::text), $1, $2, $3) RETURNING id`,
      [kind, ids.indicator, ids.admin],
    );
    return db.query(
      `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value, announced_on, announced_precision, source_id, quote, created_by)
       VALUES ($1, 1, '목표', 'Target', $2, '2025-09-01', 'MONTH', $3, '1조원 펀드를 향해 달려가고 있다', 'test')`,
      [pledge.rows[0].id, targetValue, ids.source],
    );
  }

  it('with a numeric target needs its number', async () => {
    await expect(insertPledge('TARGET', null)).rejects.toThrow(
      /TARGET pledge: target_value is required/,
    );
    await expect(insertPledge('TARGET', '1000000000000')).resolves.toMatchObject({ rowCount: 1 });
  });

  it('that is a milestone has no number', async () => {
    await expect(insertPledge('MILESTONE', '100')).rejects.toThrow(
      /MILESTONE pledge: it has no target_value/,
    );
    await expect(insertPledge('MILESTONE', null)).resolves.toMatchObject({ rowCount: 1 });
  });

  it('is always about an indicator', async () => {
    await expect(
      db.query(
        `INSERT INTO pledge (slug, kind, indicator_id, administration_id) VALUES ('no-indicator', 'MILESTONE', NULL, $1)`,
        [ids.admin],
      ),
    ).rejects.toThrow(/null value in column "indicator_id"/);
  });
});

describe('identity rows', () => {
  it('refuse to move a figure to another indicator or rename it', async () => {
    const other = await db.query(
      `INSERT INTO indicator (slug, theme_id, name_ko, name_en, description_ko, description_en, unit, measure, higher_is_better)
       VALUES ('other-indicator', (SELECT id FROM theme LIMIT 1), 'x', 'x', 'x', 'x', 'COMPANIES', 'LEVEL', true) RETURNING id`,
    );
    await expect(
      db.query(`UPDATE figure SET indicator_id = $1 WHERE id = $2`, [other.rows[0].id, ids.figure]),
    ).rejects.toThrow(/cannot change its slug or indicator/);
    await expect(
      db.query(`UPDATE figure SET slug = 'renamed' WHERE id = $1`, [ids.figure]),
    ).rejects.toThrow(/cannot change its slug/);
  });

  it('refuse to change what a pledge is, but let its supersedes link be set', async () => {
    const pledge = await db.query(
      `INSERT INTO pledge (slug, kind, indicator_id, administration_id) VALUES ('identity-pledge', 'MILESTONE', $1, $2) RETURNING id`,
      [ids.indicator, ids.admin],
    );
    const later = await db.query(
      `INSERT INTO pledge (slug, kind, indicator_id, administration_id) VALUES ('identity-pledge-raised', 'MILESTONE', $1, $2) RETURNING id`,
      [ids.indicator, ids.admin],
    );
    await expect(
      db.query(`UPDATE pledge SET kind = 'TARGET' WHERE id = $1`, [pledge.rows[0].id]),
    ).rejects.toThrow(/cannot change its slug, kind/);
    await expect(
      db.query(`UPDATE pledge SET supersedes_id = $1 WHERE id = $2`, [
        pledge.rows[0].id,
        later.rows[0].id,
      ]),
    ).resolves.toMatchObject({
      rowCount: 1,
    });
  });
});
