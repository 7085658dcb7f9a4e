import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as addFigure } from '../../../app/api/staff/figures/route.ts';
import { POST as importFigures } from '../../../app/api/staff/imports/figures/route.ts';
import { routeParams, staffRequest, startStaffApp, type StaffApp } from '../testing/staff-app.ts';
import { MUTATION_RATE_LIMIT } from './take-mutation-slot.ts';

let app: StaffApp;
beforeAll(async () => {
  app = await startStaffApp();
});
afterAll(async () => {
  await app?.close();
});

/** The window is the database's clock minute: start a burst early in one, so it does not straddle two. */
async function waitForFreshMinute(): Promise<void> {
  const { rows } = await app.db.query(`SELECT extract(second FROM now())::float AS s`);
  const second = rows[0].s as number;
  if (second > 40) await new Promise((resolve) => setTimeout(resolve, (60 - second + 0.2) * 1000));
}

const badFigure = (cookie: string) =>
  addFigure(
    staffRequest('/api/staff/figures', { method: 'POST', cookie, body: { indicator: 'x' } }),
    routeParams(),
  );

describe('per-account rate limit on staff changes', () => {
  it(`answers 429 with Retry-After after ${MUTATION_RATE_LIMIT.perMinute} changes a minute, for that account only, and logs it once with a count`, async () => {
    const editor = await app.signInAs('editor');
    const colleague = await app.signInAs('editor');
    await waitForFreshMinute();
    // Refused ones count too: a flood of bad requests is still a flood.
    for (let i = 0; i < MUTATION_RATE_LIMIT.perMinute; i += 1)
      expect((await badFigure(editor.cookie)).status).toBe(422);
    const limited = [];
    for (let i = 0; i < 5; i += 1) limited.push(await badFigure(editor.cookie));
    expect(limited.map((response) => response.status)).toEqual([429, 429, 429, 429, 429]);
    const retryAfter = Number(limited[0]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited[0]!.json()).toEqual({
      ok: false,
      error: { status: 429, code: 'rate-limited', message: expect.stringContaining('60 a minute') },
    });

    expect((await badFigure(colleague.cookie)).status).toBe(422);

    const log = await app.db.query(
      `SELECT e.outcome, e.details->>'code' AS code, c.count FROM audit_event e JOIN audit_refusal_count c ON c.sample_key = e.sample_key WHERE e.actor_email = $1`,
      [editor.email],
    );
    expect(log.rows).toEqual([{ outcome: 'limited', code: 'rate-limited', count: 5 }]);
    const each = await app.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE actor_email = $1 AND action = 'figure.add' AND outcome = 'invalid'`,
      [editor.email],
    );
    expect(each.rows[0].n).toBe(MUTATION_RATE_LIMIT.perMinute);
  });

  it('a CSV import of many rows counts as one change', async () => {
    const editor = await app.signInAs('editor');
    await waitForFreshMinute();
    const rows = Array.from(
      { length: 100 },
      (_, i) => `ai-mous-signed,${i + 1},${1901 + i},newsnok-2025-09-hangzhou,"인용 ${i}"`,
    ).join('\n');
    const response = await importFigures(
      staffRequest('/api/staff/imports/figures', {
        method: 'POST',
        cookie: editor.cookie,
        body: new TextEncoder().encode(`indicator,value,observed_on,source,quote\n${rows}\n`),
      }),
      routeParams(),
    );
    expect(response.status).toBe(201);
    const counted = await app.db.query(
      `SELECT l.count FROM staff_rate_limit l JOIN staff_user u ON u.id = l.user_id WHERE u.email = $1`,
      [editor.email],
    );
    expect(counted.rows).toEqual([{ count: 1 }]);
  });
});
