import { describe, expect, it } from 'vitest';
import { POST as addFigure } from '../../../app/api/staff/figures/route.ts';
import * as sessionRoute from '../../../app/api/staff/session/route.ts';
import { sendFigureCorrection } from '../testing/seed-changes.ts';
import { callRoute, useStaffApp } from '../testing/staff-app.ts';
import { listAuditEvents } from './list-audit-events.ts';
import { SAMPLED_ADDRESSES_PER_MINUTE } from './record-sampled-refusal.ts';

/**
 * What an outside probe did to the log: 210 anonymous POSTs pushed every real change off the
 * audit page. Anonymous refusals are now counted and sampled; everything a signed-in person does
 * still has a row of its own.
 */
const app = useStaffApp();

const anonymousPost = (address: string, origin?: string | null) =>
  callRoute(addFigure, '/api/staff/figures', {
    method: 'POST',
    body: { indicator: 'x' },
    origin,
    headers: { 'x-forwarded-for': address },
  });

const sampledRows = (address: string) =>
  app.db.query(
    `SELECT e.outcome, e.details->>'code' AS code, e.ip_address, c.count FROM audit_event e JOIN audit_refusal_count c ON c.sample_key = e.sample_key
      WHERE e.action = 'figure.add' AND e.ip_address = $1 ORDER BY e.id`,
    [address],
  );

describe('anonymous refusals', () => {
  it('a flood adds one row per address, action and minute, counting every request, and a real change stays on the first page', async () => {
    const flood = 210;
    const responses = [];
    for (let i = 0; i < flood; i += 1) responses.push(await anonymousPost('198.51.100.66'));
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([401]));
    const rows = await sampledRows('198.51.100.66');
    // Two rows only if the minute turned during the flood.
    expect(rows.rows.length).toBeLessThanOrEqual(2);
    expect(rows.rows.every((row) => row.outcome === 'denied' && row.code === 'signed-out')).toBe(
      true,
    );
    expect(rows.rows.reduce((sum, row) => sum + row.count, 0)).toBe(flood);

    const editor = await app.signInAs('editor');
    const change = await sendFigureCorrection(editor.cookie);
    expect(change.status, await change.clone().text()).toBe(200);
    for (let i = 0; i < 60; i += 1) await anonymousPost('198.51.100.66');

    const firstPage = await listAuditEvents(app.db.prisma, {});
    expect(
      firstPage.entries.some(
        (entry) =>
          entry.action === 'figure.correct' &&
          entry.outcome === 'ok' &&
          entry.actorEmail === editor.email,
      ),
    ).toBe(true);
    const flooded = firstPage.entries.filter(
      (entry) => entry.ipAddress === '198.51.100.66' && entry.action === 'figure.add',
    );
    expect(flooded.reduce((sum, entry) => sum + entry.count, 0)).toBe(flood + 60);
  });

  it('cross-site requests are sampled the same way, apart from signed-out ones', async () => {
    for (let i = 0; i < 30; i += 1)
      expect((await anonymousPost('198.51.100.67', 'https://evil.example')).status).toBe(403);
    const rows = await sampledRows('198.51.100.67');
    expect(rows.rows.map((row) => row.code)).toEqual(rows.rows.map(() => 'cross-site'));
    expect(rows.rows.reduce((sum, row) => sum + row.count, 0)).toBe(30);
  });

  it('a new forged address per request does not get a row per request either', async () => {
    const flood = SAMPLED_ADDRESSES_PER_MINUTE * 3;
    const before = (await app.db.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0]
      .n as number;
    await Promise.all(
      Array.from({ length: flood }, (_, i) =>
        anonymousPost(`10.0.${Math.floor(i / 250)}.${i % 250}`),
      ),
    );
    const added =
      (await app.db.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n - before;
    // Per minute: at most the cap of addresses, plus one shared row per action and refusal (twice if the minute turned).
    expect(added).toBeLessThanOrEqual(2 * (SAMPLED_ADDRESSES_PER_MINUTE + 1));
    const counted = await app.db.query(
      `SELECT sum(count)::int AS n FROM audit_refusal_count WHERE sample_key LIKE '%|figure.add|signed-out|%' AND sample_key NOT LIKE '%198.51.100.%'`,
    );
    expect(counted.rows[0].n).toBe(flood);
  });

  // (After the forged-address flood this minute's requests may share the "*" row: counted all the same.)
  it('malformed and cross-site sign-in requests, which name no account, are sampled too', async () => {
    const address = { 'x-forwarded-for': '198.51.100.68' };
    for (let i = 0; i < 20; i += 1) {
      await callRoute(sessionRoute.POST, '/api/staff/session', {
        method: 'POST',
        body: { nothing: true },
        headers: address,
      });
      await callRoute(sessionRoute.POST, '/api/staff/session', {
        method: 'POST',
        origin: 'https://evil.example',
        body: { email: 'a@example.org', password: 'x' },
        headers: address,
      });
    }
    const rows = await app.db.query(
      `SELECT e.details->>'code' AS code, sum(c.count)::int AS n FROM audit_event e JOIN audit_refusal_count c ON c.sample_key = e.sample_key
        WHERE e.action = 'sign-in' GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.rows).toEqual([
      { code: 'cross-site', n: 20 },
      { code: 'invalid-input', n: 20 },
    ]);
  });

  it('the counts only grow: the database refuses to lower, move or remove one', async () => {
    const key = (await app.db.query(`SELECT sample_key FROM audit_refusal_count LIMIT 1`)).rows[0]
      .sample_key as string;
    const attempts = [
      `UPDATE audit_refusal_count SET count = 1 WHERE sample_key = '${key}'`,
      `UPDATE audit_refusal_count SET sample_key = 'elsewhere' WHERE sample_key = '${key}'`,
      `DELETE FROM audit_refusal_count WHERE sample_key = '${key}'`,
      `TRUNCATE audit_refusal_count`,
      `UPDATE audit_event SET sample_key = NULL WHERE sample_key = '${key}'`,
    ];
    for (const sql of attempts) await expect(app.db.query(sql), sql).rejects.toThrow();
  });
});

describe('signed-in refusals', () => {
  it('are each logged, never sampled', async () => {
    const editor = await app.signInAs('editor');
    for (let i = 0; i < 12; i += 1) {
      const response = await callRoute(addFigure, '/api/staff/figures', {
        method: 'POST',
        cookie: editor.cookie,
        body: { indicator: 'x' },
      });
      expect(response.status).toBe(422);
    }
    const rows = await app.db.query(
      `SELECT count(*)::int AS n, count(sample_key)::int AS sampled FROM audit_event WHERE action = 'figure.add' AND actor_email = $1`,
      [editor.email],
    );
    expect(rows.rows[0]).toEqual({ n: 12, sampled: 0 });
  });
});
