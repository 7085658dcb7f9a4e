import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import type { FeedCursor, FeedEntryRecord } from '../../domain/feed.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { listFeedEntries } from './list-feed-entries.ts';

/**
 * The feed against a real database: the seed's figures, pledges and verdicts, then a correction of
 * a figure and of a pledge and a verdict published by a second person's review (and one rejected,
 * which must never show), each later than the seed; newest first, pages by cursor that add up to
 * the whole, and the indicator and administration scopes.
 */

let db: TestDatabase;
const FIGURE = seedDataset.figures[0]!;
const PLEDGE = seedDataset.pledges.find((pledge) => pledge.administration === 'min-7')!;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  // Later than anything the seed wrote, so these head the feed in a known order.
  await db.query(
    `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id,
       quote, reason, created_by, created_at)
     SELECT r.figure_id, 2, r.value + 1, r.observed_on, r.observed_precision, r.source_id, r.quote,
       '기사 숫자 오기 정정', 'test', now() + interval '1 minute'
     FROM figure_revision r JOIN figure f ON f.id = r.figure_id WHERE f.slug = $1 AND r.revision = 1`,
    [FIGURE.key],
  );
  await db.query(
    `INSERT INTO pledge_revision (pledge_id, revision, title_ko, title_en, target_value, deadline_on,
       deadline_precision, deadline_inferred, baseline_value, baseline_on, baseline_precision,
       baseline_assumed, announced_on, announced_precision, source_id, quote, reason, created_by, created_at)
     SELECT pledge_id, 2, title_ko || ' (정정)', title_en || ' (corrected)', target_value, deadline_on,
       deadline_precision, deadline_inferred, baseline_value, baseline_on, baseline_precision,
       baseline_assumed, announced_on, announced_precision, source_id, quote, '제목 정정', 'test',
       now() + interval '2 minutes'
     FROM pledge_revision r JOIN pledge p ON p.id = r.pledge_id WHERE p.slug = $1 AND r.revision = 1`,
    [PLEDGE.key],
  );
  for (const [decision, minutes, reasoning] of [
    ['APPROVED', 3, '승인된 평가'],
    ['REJECTED', 4, '반려된 평가'],
  ] as const) {
    const {
      rows: [verdict],
    } = await db.query(
      `INSERT INTO verdict (pledge_id, rating, reasoning_ko, reasoning_en, reason, proposed_by)
       SELECT id, 'PARTLY_DONE', $2, 'Reasoning', 'new evidence', 'staff-a' FROM pledge WHERE slug = $1
       RETURNING id`,
      [PLEDGE.key, reasoning],
    );
    await db.query(
      `INSERT INTO verdict_evidence (verdict_id, position, source_id, quote, evidence_on, evidence_precision)
       SELECT $1, n, (SELECT id FROM source ORDER BY id LIMIT 1), '근거 인용 ' || n, '2025-01-01', 'DAY'
       FROM generate_series(1, 2) n`,
      [verdict.id],
    );
    await db.query(
      `INSERT INTO verdict_review (verdict_id, decision, reviewed_by, reviewed_at)
       VALUES ($1, $2::"ReviewDecision", 'staff-b', now() + $3 * interval '1 minute')`,
      [verdict.id, decision, minutes],
    );
  }
});

afterAll(async () => {
  await db?.drop();
});

const keyOf = (entry: FeedEntryRecord) => `${entry.kind}/${entry.id}`;

describe('listFeedEntries', () => {
  it('puts the newest first: the published verdict, the pledge correction, the figure correction', async () => {
    const feed = (await listFeedEntries(db.prisma, { scope: 'all' }, { limit: 50 }))!;
    const [verdict, pledge, figure] = feed.entries;
    expect(verdict).toMatchObject({
      kind: 'verdict',
      slug: PLEDGE.key,
      rating: 'PARTLY_DONE',
      reasoningKo: '승인된 평가',
      // The first piece of evidence, and the pledge's current title.
      evidence: { quote: '근거 인용 1' },
      titleKo: `${PLEDGE.titleKo} (정정)`,
    });
    expect(pledge).toMatchObject({ kind: 'pledge', revision: 2, reason: '제목 정정' });
    expect(figure).toMatchObject({
      kind: 'figure',
      slug: FIGURE.key,
      revision: 2,
      reason: '기사 숫자 오기 정정',
    });
    // A rejected proposal is staff business: never in the feed.
    expect(
      feed.entries.some((entry) => 'reasoningKo' in entry && entry.reasoningKo === '반려된 평가'),
    ).toBe(false);
    const times = feed.entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('has the seed’s new figures, new pledges and published verdicts', async () => {
    const feed = (await listFeedEntries(db.prisma, { scope: 'all' }, { limit: 500 }))!;
    const of = (kind: string) => feed.entries.filter((entry) => entry.kind === kind);
    expect(of('figure').filter((e) => e.kind === 'figure' && e.revision === 1)).toHaveLength(
      seedDataset.figures.length,
    );
    expect(of('pledge').filter((e) => e.kind === 'pledge' && e.revision === 1)).toHaveLength(
      seedDataset.pledges.length,
    );
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM verdict_review WHERE decision = 'APPROVED'`,
    );
    expect(of('verdict')).toHaveLength(rows[0].n);
    expect(feed.next).toBeNull();
  });

  it('pages by cursor without losing or repeating an entry', async () => {
    const whole = (await listFeedEntries(db.prisma, { scope: 'all' }, { limit: 500 }))!;
    const paged: FeedEntryRecord[] = [];
    let after: FeedCursor | undefined;
    for (let page = 0; page < 100; page += 1) {
      const feed = (await listFeedEntries(db.prisma, { scope: 'all' }, { limit: 7, after }))!;
      paged.push(...feed.entries);
      if (!feed.next) break;
      after = feed.next;
    }
    expect(paged.map(keyOf)).toEqual(whole.entries.map(keyOf));
  });

  it('keeps to one indicator: its figures, its pledges and their verdicts', async () => {
    const feed = (await listFeedEntries(
      db.prisma,
      { scope: 'indicator', slug: FIGURE.indicator },
      { limit: 500 },
    ))!;
    expect(feed.subject?.nameKo).toBeTruthy();
    const figures = feed.entries.filter((entry) => entry.kind === 'figure');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((entry) => entry.indicatorSlug === FIGURE.indicator)).toBe(true);
    // Every revision of the indicator's figures, found through the figures themselves.
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM figure_revision r JOIN figure f ON f.id = r.figure_id
       JOIN indicator i ON i.id = f.indicator_id WHERE i.slug = $1`,
      [FIGURE.indicator],
    );
    expect(figures).toHaveLength(rows[0].n);
    const pledges = new Set(
      seedDataset.pledges.filter((p) => p.indicator === FIGURE.indicator).map((p) => p.key),
    );
    expect(
      feed.entries
        .filter((entry) => entry.kind !== 'figure')
        .every((entry) => pledges.has(entry.slug)),
    ).toBe(true);
  });

  it('keeps to one administration’s pledges and verdicts, without figures', async () => {
    const feed = (await listFeedEntries(
      db.prisma,
      { scope: 'administration', slug: 'min-7' },
      { limit: 500 },
    ))!;
    const own = new Set(
      seedDataset.pledges.filter((p) => p.administration === 'min-7').map((p) => p.key),
    );
    expect(feed.entries.length).toBeGreaterThan(own.size);
    expect(feed.entries.every((entry) => entry.kind !== 'figure' && own.has(entry.slug))).toBe(
      true,
    );
    expect(feed.entries[0]).toMatchObject({ kind: 'verdict', slug: PLEDGE.key });
  });

  it('files a revision under its figure’s indicator, whatever the insert names', async () => {
    // Last in this file: it adds a third revision of FIGURE, long before the others in time.
    const { rows } = await db.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision,
         source_id, quote, reason, created_by, created_at, indicator_id)
       SELECT r.figure_id, 3, r.value, r.observed_on, r.observed_precision, r.source_id, r.quote,
         '되돌림', 'test', now() - interval '10 years',
         (SELECT id FROM indicator WHERE id <> f.indicator_id ORDER BY id LIMIT 1)
       FROM figure_revision r JOIN figure f ON f.id = r.figure_id
       WHERE f.slug = $1 AND r.revision = 2
       RETURNING indicator_id, (SELECT indicator_id FROM figure WHERE slug = $1) AS figure_indicator_id`,
      [FIGURE.key],
    );
    expect(rows[0].indicator_id).toBe(rows[0].figure_indicator_id);
    const feed = (await listFeedEntries(
      db.prisma,
      { scope: 'indicator', slug: FIGURE.indicator },
      { limit: 500 },
    ))!;
    expect(feed.entries.at(-1)).toMatchObject({ kind: 'figure', slug: FIGURE.key, revision: 3 });
  });

  it('answers null for an indicator or administration that does not exist', async () => {
    expect(
      await listFeedEntries(db.prisma, { scope: 'indicator', slug: 'no-such' }, { limit: 5 }),
    ).toBeNull();
    expect(
      await listFeedEntries(db.prisma, { scope: 'administration', slug: 'min-99' }, { limit: 5 }),
    ).toBeNull();
  });
});
