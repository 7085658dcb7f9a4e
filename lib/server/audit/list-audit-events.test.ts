import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditQuery } from '../../domain/audit-query.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { listAuditActions } from './list-audit-actions.ts';
import { listAuditEvents } from './list-audit-events.ts';

let db: TestDatabase;

/**
 * 130 entries, one a minute from 2026-03-01 00:00 in Korea (2026-02-28 15:00 UTC), cycling
 * through three people, three actions and two outcomes; plus three entries at one instant, so
 * paging must break ties by id, and one sampled refusal standing for 37 requests.
 */
const START = Date.parse('2026-02-28T15:00:00Z');
const PEOPLE = ['a@example.org', 'b@example.org', 'c@example.org'];
const ACTIONS = ['figure.add', 'figure.correct', 'source.add'];
beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 0; i < 130; i += 1) {
    await db.query(
      `INSERT INTO audit_event (occurred_at, action, outcome, actor_email, target_type, target_slug, ip_address) VALUES ($1, $2, $3, $4, $5, $6, '203.0.113.7')`,
      [
        new Date(START + i * 60_000),
        ACTIONS[i % 3],
        i % 10 === 0 ? 'invalid' : 'ok',
        PEOPLE[i % 3],
        ACTIONS[i % 3]!.split('.')[0],
        `slug-${i % 5}`,
      ],
    );
  }
  for (let i = 0; i < 3; i += 1) {
    await db.query(
      `INSERT INTO audit_event (occurred_at, action, outcome, actor_email) VALUES ('2026-03-05T00:00:00Z', 'sign-in', 'ok', $1)`,
      [`tie${i}@example.org`],
    );
  }
  await db.query(
    `INSERT INTO audit_event (occurred_at, action, outcome, ip_address, details, sample_key) VALUES ('2026-03-04T00:00:00Z', 'figure.add', 'denied', '198.51.100.66', '{"code":"signed-out"}', 'k')`,
  );
  await db.query(
    `INSERT INTO audit_refusal_count (sample_key, window_start, count, last_at) VALUES ('k', '2026-03-04T00:00:00Z', 37, '2026-03-04T00:00:59Z')`,
  );
});
afterAll(async () => {
  await db?.drop();
});

const ids = async (query: AuditQuery, pageSize?: number) =>
  (await listAuditEvents(db.prisma, query, pageSize)).entries.map((entry) => Number(entry.id));

describe('listAuditEvents', () => {
  it('pages newest first by (occurred_at, id), ties included, both ways, without skipping or repeating', async () => {
    const everything = (
      await db.query(`SELECT id FROM audit_event ORDER BY occurred_at DESC, id DESC`)
    ).rows.map((row) => Number(row.id));
    expect(everything).toHaveLength(134);
    const seen: number[] = [];
    const pages = [];
    let page = await listAuditEvents(db.prisma, {}, 50);
    expect(page.newer).toBeNull();
    for (;;) {
      pages.push(page);
      seen.push(...page.entries.map((entry) => Number(entry.id)));
      if (!page.older) break;
      page = await listAuditEvents(db.prisma, { before: page.older }, 50);
    }
    expect(seen).toEqual(everything);
    expect(pages.map((each) => each.entries.length)).toEqual([50, 50, 34]);
    // Back from the last page to the one before it, and from there to the newest.
    const back = await listAuditEvents(db.prisma, { after: pages[2]!.newer! }, 50);
    expect(back.entries.map((entry) => Number(entry.id))).toEqual(everything.slice(50, 100));
    const newest = await listAuditEvents(db.prisma, { after: back.newer! }, 50);
    expect(newest.entries.map((entry) => Number(entry.id))).toEqual(everything.slice(0, 50));
    expect(newest.newer).toBeNull();
  });

  it('breaks a tie of three entries at one instant across pages', async () => {
    const tied = (
      await db.query(`SELECT id FROM audit_event WHERE action = 'sign-in' ORDER BY id DESC`)
    ).rows.map((row) => Number(row.id));
    const first = await listAuditEvents(db.prisma, { action: 'sign-in' }, 2);
    expect(first.entries.map((entry) => Number(entry.id))).toEqual(tied.slice(0, 2));
    expect(await ids({ action: 'sign-in', before: first.older! }, 2)).toEqual(tied.slice(2));
  });

  it.each<[string, AuditQuery, string]>([
    ['by actor', { actor: 'b@example.org' }, `actor_email = 'b@example.org'`],
    ['by action', { action: 'figure.correct' }, `action = 'figure.correct'`],
    ['by a bare target slug', { target: { slug: 'slug-2' } }, `target_slug = 'slug-2'`],
    [
      'by a typed target',
      { target: { type: 'source', slug: 'slug-2' } },
      `target_type = 'source' AND target_slug = 'slug-2'`,
    ],
    ['by outcome', { outcome: 'invalid' }, `outcome = 'invalid'`],
    // Korean days: 2 March in Korea is 1 March 15:00 UTC up to 2 March 15:00 UTC.
    [
      'by a day in Korea',
      { from: '2026-03-01', to: '2026-03-01' },
      `occurred_at >= '2026-02-28T15:00:00Z' AND occurred_at < '2026-03-01T15:00:00Z'`,
    ],
    ['from a day on', { from: '2026-03-02' }, `occurred_at >= '2026-03-01T15:00:00Z'`],
    ['up to a day', { to: '2026-03-01' }, `occurred_at < '2026-03-01T15:00:00Z'`],
    [
      'by several at once',
      { actor: 'a@example.org', action: 'figure.add', outcome: 'ok' },
      `actor_email = 'a@example.org' AND action = 'figure.add' AND outcome = 'ok'`,
    ],
  ])('filters %s', async (_name, query, where) => {
    const expected = (
      await db.query(
        `SELECT id FROM audit_event WHERE ${where} ORDER BY occurred_at DESC, id DESC LIMIT 50`,
      )
    ).rows.map((row) => Number(row.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(query)).toEqual(expected);
  });

  it('finds nothing, not everything, for a filter nothing matches', async () => {
    expect(await listAuditEvents(db.prisma, { actor: 'nobody@example.org' })).toEqual({
      entries: [],
      older: null,
      newer: null,
    });
  });

  it('gives a sampled refusal its count, and every other entry a count of one', async () => {
    const { entries } = await listAuditEvents(db.prisma, { outcome: 'denied' });
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'figure.add',
        code: 'signed-out',
        count: 37,
        lastAt: new Date('2026-03-04T00:00:59Z'),
      }),
    ]);
    const ok = await listAuditEvents(db.prisma, { outcome: 'ok' }, 5);
    expect(ok.entries.map((entry) => entry.count)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('listAuditActions', () => {
  it('lists each action once, in order', async () => {
    expect(await listAuditActions(db.prisma)).toEqual([
      'figure.add',
      'figure.correct',
      'sign-in',
      'source.add',
    ]);
  });
});
