import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import type { SeedDataset } from '../../../prisma/seed/types.ts';
import { createPrismaClient } from '../database/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { loadSeed } from './load-seed.ts';

const TABLES = [
  'theme',
  'administration',
  'source',
  'indicator',
  'figure',
  'figure_revision',
  'pledge',
  'pledge_revision',
];

/** Every row of every table, as text, so "nothing changed" is checked on the data itself. */
async function snapshot(db: TestDatabase): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await db.query(`SELECT t::text AS row FROM "${table}" t ORDER BY id`);
    result[table] = rows.rows.map((row) => row.row as string);
  }
  return result;
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('loadSeed', () => {
  it('loads every record of the dataset', async () => {
    const report = await loadSeed(db.prisma, seedDataset);
    expect(report).toEqual({
      created:
        seedDataset.figures.length + seedDataset.pledges.length + seedDataset.verdicts.length,
      revised: 0,
      unchanged: 0,
    });
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM figure)::int AS figures, (SELECT count(*) FROM pledge)::int AS pledges,
              (SELECT count(*) FROM source)::int AS sources, (SELECT count(*) FROM indicator)::int AS indicators`,
    );
    expect(counts.rows[0]).toEqual({
      figures: seedDataset.figures.length,
      pledges: seedDataset.pledges.length,
      sources: seedDataset.sources.length,
      indicators: seedDataset.indicators.length,
    });
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await snapshot(db);
    const report = await loadSeed(db.prisma, seedDataset);
    expect(report).toEqual({
      created: 0,
      revised: 0,
      unchanged:
        seedDataset.figures.length + seedDataset.pledges.length + seedDataset.verdicts.length,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('publishes every seed verdict with its evidence in order, without a second reviewer', async () => {
    const rows = await db.query(
      `SELECT p.slug, v.rating, v.proposed_by, r.decision, r.reviewed_by,
              (SELECT count(*)::int FROM verdict_evidence e WHERE e.verdict_id = v.id) AS evidence
         FROM verdict v JOIN pledge p ON p.id = v.pledge_id JOIN verdict_review r ON r.verdict_id = v.id
        ORDER BY p.slug`,
    );
    expect(rows.rows).toHaveLength(seedDataset.verdicts.length);
    for (const row of rows.rows) {
      const seed = seedDataset.verdicts.find((v) => v.pledge === row.slug)!;
      expect(row).toEqual({
        slug: seed.pledge,
        rating: seed.rating,
        proposed_by: 'seed',
        decision: 'APPROVED',
        reviewed_by: null,
        evidence: seed.evidence.length,
      });
    }
  });

  it('stores the startup fund figure exactly, with its quote', async () => {
    const row = await db.query(
      `SELECT r.value::text AS value, r.quote, s.publisher FROM figure_revision r
       JOIN figure f ON f.id = r.figure_id JOIN indicator i ON i.id = f.indicator_id JOIN source s ON s.id = r.source_id
       WHERE i.slug = 'startup-fund'`,
    );
    expect(row.rows).toHaveLength(1);
    expect(row.rows[0].value).toBe('619200000000.000000');
    expect(row.rows[0].quote).toContain('6192억원');
  });

  it('appends a revision with a reason when a seed figure changes, keeping the old one', async () => {
    const [first, ...rest] = seedDataset.figures;
    if (!first) throw new Error('the seed has no figures');
    const changed: SeedDataset = {
      ...seedDataset,
      figures: [{ ...first, value: `${first.value}1` }, ...rest],
    };
    const report = await loadSeed(db.prisma, changed);
    expect(report.revised).toBe(1);
    const history = await db.query(
      `SELECT r.revision, r.value::text AS value, r.reason FROM figure_revision r JOIN figure f ON f.id = r.figure_id
       WHERE f.slug = $1 ORDER BY r.revision`,
      [first.key],
    );
    expect(history.rows.map((row) => row.revision)).toEqual([1, 2]);
    expect(history.rows[1].reason).toMatch(/seed file changed/);
    expect(Number(history.rows[0].value)).toBe(Number(first.value));
  });

  it('never writes over a staff correction', async () => {
    const [first] = seedDataset.figures;
    const figure = await db.query(`SELECT id FROM figure WHERE slug = $1`, [first!.key]);
    const top = await db.query(
      `SELECT max(revision) AS n FROM figure_revision WHERE figure_id = $1`,
      [figure.rows[0].id],
    );
    await db.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
       SELECT figure_id, $2, 1234, observed_on, observed_precision, source_id, quote, '원문 재확인', 'editor@example.org'
       FROM figure_revision WHERE figure_id = $1 AND revision = 1`,
      [figure.rows[0].id, Number(top.rows[0].n) + 1],
    );
    const before = await snapshot(db);
    const report = await loadSeed(db.prisma, seedDataset);
    expect(report.revised).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves nothing half-written when a record is invalid', async () => {
    const before = await snapshot(db);
    const broken: SeedDataset = {
      ...seedDataset,
      figures: [
        ...seedDataset.figures,
        { ...seedDataset.figures[0]!, key: 'broken-figure', quote: '' },
      ],
    };
    await expect(loadSeed(db.prisma, broken)).rejects.toThrow(/figure_revision_quote_present/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('several servers starting at once', () => {
  it('load the seed one after another: one loads it, the others find it loaded', async () => {
    const fresh = await createTestDatabase();
    // One client per "server", as each `npm start` has its own.
    const servers = [1, 2, 3].map(() => createPrismaClient(fresh.url));
    try {
      const reports = await Promise.all(servers.map((prisma) => loadSeed(prisma, seedDataset)));
      const records =
        seedDataset.figures.length + seedDataset.pledges.length + seedDataset.verdicts.length;
      expect(reports.map((report) => report.created).sort()).toEqual([0, 0, records]);
      expect(reports.every((report) => report.revised === 0)).toBe(true);
      const revisions = await fresh.query(
        `SELECT (SELECT count(*) FROM figure_revision)::int AS figures, (SELECT count(*) FROM pledge_revision)::int AS pledges`,
      );
      expect(revisions.rows[0]).toEqual({
        figures: seedDataset.figures.length,
        pledges: seedDataset.pledges.length,
      });
    } finally {
      await Promise.all(servers.map((prisma) => prisma.$disconnect()));
      await fresh.drop();
    }
  });
});
