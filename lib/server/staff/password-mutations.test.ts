import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as passwordRoute from '../../../app/api/staff/password/route.ts';
import * as sessionRoute from '../../../app/api/staff/session/route.ts';
import { SIGN_IN_LIMITS } from '../auth/sign-in.ts';
import { routeParams, staffRequest, startStaffApp, type StaffApp } from '../testing/staff-app.ts';

/**
 * What an outside probe found: 30 wrong current passwords in a second, none refused, then the
 * right one changed the password and ended the owner's other sessions. A wrong current password
 * is now a failed sign-in for the account.
 */
let app: StaffApp;
beforeAll(async () => {
  app = await startStaffApp();
});
afterAll(async () => {
  await app?.close();
});

const changePassword = (
  cookie: string,
  currentPassword: string,
  newPassword = 'a-brand-new-password',
) =>
  passwordRoute.POST(
    staffRequest('/api/staff/password', {
      method: 'POST',
      cookie,
      body: { currentPassword, newPassword },
    }),
    routeParams(),
  );
const signIn = (email: string, password: string) =>
  sessionRoute.POST(
    staffRequest('/api/staff/session', { method: 'POST', body: { email, password } }),
  );

describe('guessing the current password', () => {
  it('locks the account after as many wrong passwords as sign-in allows; then even the right one waits, and so does sign-in', async () => {
    const owner = await app.signInAs('editor', { email: 'owner@example.org' });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1)
      statuses.push((await changePassword(owner.cookie, `guess-${i}`)).status);
    const allowed = SIGN_IN_LIMITS.failuresPerEmail;
    expect(statuses.slice(0, allowed)).toEqual(Array(allowed).fill(422));
    expect(statuses.slice(allowed)).toEqual(Array(30 - allowed).fill(429));

    const right = await changePassword(owner.cookie, owner.password);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await right.json()) as { error: { code: string } }).error.code).toBe(
      'too-many-attempts',
    );
    const stored = await app.db.query(
      `SELECT a.password FROM staff_account a JOIN staff_user u ON u.id = a.user_id WHERE u.email = $1`,
      [owner.email],
    );
    expect(stored.rows).toHaveLength(1);
    expect((await signIn(owner.email, owner.password)).status).toBe(429);

    const log = await app.db.query(
      `SELECT action, outcome, details->>'code' AS code, count(*)::int AS n FROM audit_event WHERE actor_email = $1 AND outcome <> 'ok' GROUP BY 1, 2, 3 ORDER BY 1, 2`,
      [owner.email],
    );
    expect(log.rows).toEqual([
      { action: 'account.password', outcome: 'denied', code: 'wrong-password', n: allowed },
      {
        action: 'account.password',
        outcome: 'limited',
        code: 'too-many-attempts',
        n: 30 - allowed + 1,
      },
      { action: 'sign-in', outcome: 'limited', code: 'too-many-attempts', n: 1 },
    ]);
  });

  it('a burst of parallel guesses gets no more tries than the limit', async () => {
    const owner = await app.signInAs('editor', { email: 'burst-owner@example.org' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => changePassword(owner.cookie, `guess-${i}`)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 422)).toHaveLength(
      SIGN_IN_LIMITS.failuresPerEmail,
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(
      20 - SIGN_IN_LIMITS.failuresPerEmail,
    );
  });

  it('wrong passwords at sign-in count too: together they lock the password change', async () => {
    const owner = await app.signInAs('editor', { email: 'mixed@example.org' });
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerEmail - 1; i += 1)
      expect((await signIn(owner.email, `wrong-${i}`)).status).toBe(401);
    expect((await changePassword(owner.cookie, 'wrong-again')).status).toBe(422);
    expect((await changePassword(owner.cookie, owner.password)).status).toBe(429);
  });

  it('a mistyped password or two does not get in the way of the change', async () => {
    const owner = await app.signInAs('editor', { email: 'typo@example.org' });
    expect((await changePassword(owner.cookie, 'typo-1')).status).toBe(422);
    const wrong = await changePassword(owner.cookie, 'typo-2');
    expect(await wrong.json()).toMatchObject({
      ok: false,
      error: { status: 422, fields: [{ field: 'currentPassword', code: 'wrong-password' }] },
    });
    expect((await changePassword(owner.cookie, owner.password)).status).toBe(200);
    expect((await signIn(owner.email, 'a-brand-new-password')).status).toBe(200);
  });
});
