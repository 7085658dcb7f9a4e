import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as accountRoute from '../../../app/api/staff/accounts/[email]/route.ts';
import * as accountsRoute from '../../../app/api/staff/accounts/route.ts';
import * as revisionsRoute from '../../../app/api/staff/figures/[slug]/revisions/route.ts';
import * as figuresRoute from '../../../app/api/staff/figures/route.ts';
import * as importRoute from '../../../app/api/staff/imports/figures/route.ts';
import * as indicatorRoute from '../../../app/api/staff/indicators/[slug]/route.ts';
import * as indicatorsRoute from '../../../app/api/staff/indicators/route.ts';
import * as sourceRoute from '../../../app/api/staff/sources/[slug]/route.ts';
import * as pledgeRevisionsRoute from '../../../app/api/staff/pledges/[slug]/revisions/route.ts';
import * as passwordRoute from '../../../app/api/staff/password/route.ts';
import * as pledgesRoute from '../../../app/api/staff/pledges/route.ts';
import * as sessionRoute from '../../../app/api/staff/session/route.ts';
import * as sourcesRoute from '../../../app/api/staff/sources/route.ts';
import * as pledgeVerdictsRoute from '../../../app/api/staff/pledges/[slug]/verdicts/route.ts';
import * as settingsRoute from '../../../app/api/staff/settings/route.ts';
import * as verdictReviewRoute from '../../../app/api/staff/verdicts/[id]/review/route.ts';
import {
  callRoute,
  toCookieHeader,
  useStaffApp,
  type RouteHandler,
  type StaffSession,
} from '../testing/staff-app.ts';

/**
 * Who may do what: every mutation route × anonymous, editor and admin, with the status each
 * must get, plus the refusals every route must make whoever is signed in (another site's page,
 * no Origin at all). A refused request must leave every table as it was. Over 400 lines on
 * purpose: the matrix is one table a reviewer reads whole, and splitting it would let a route
 * escape the check that every mutation is listed.
 */
type Actor = 'anonymous' | 'editor' | 'admin';

interface Mutation {
  /** `METHOD path/below/api/staff`, as the route's folder names it. */
  route: string;
  handler: RouteHandler;
  expected: Record<Actor, number>;
  /** The request for one cell; unique per call so successful cells do not collide. `who` is the signed-in actor, if any. */
  build: (
    n: number,
    who?: StaffSession,
  ) => Promise<{ params?: Record<string, string>; body?: unknown }>;
}

/** What each actor gets from a route any signed-in account may use, or one only admins may. */
const anyStaff = (ok: number) => ({ anonymous: 401, editor: ok, admin: ok });
const adminOnly = (ok: number) => ({ anonymous: 401, editor: 403, admin: ok });

const app = useStaffApp();
let counter = 0;

const currentRevision = async (table: 'figure' | 'pledge', slug: string) =>
  (
    await app.db.query(
      `SELECT max(r.revision)::int AS n FROM ${table}_revision r JOIN ${table} t ON t.id = r.${table}_id WHERE t.slug = $1`,
      [slug],
    )
  ).rows[0].n as number;

/** A verdict waiting for review, proposed by someone other than whoever reviews it in the matrix. */
const pendingVerdict = async (n: number) => {
  const { rows } = await app.db.query(
    `WITH v AS (
       INSERT INTO verdict (pledge_id, rating, reasoning_ko, reasoning_en, proposed_by)
       SELECT id, 'IN_PROGRESS', '추진 중 ' || $1, 'Under way ' || $1, 'matrix-proposer' FROM pledge WHERE slug = 'gwangju-re100-2035'
       RETURNING id)
     INSERT INTO verdict_evidence (verdict_id, position, source_id, quote, evidence_on, evidence_precision)
     SELECT v.id, 1, s.id, '인용 ' || $1, DATE '2025-01-01', 'YEAR' FROM v, source s WHERE s.slug = 'gwangju-2021-01-01-new-year'
     RETURNING verdict_id`,
    [n],
  );
  return String(rows[0].verdict_id);
};

const verdictProposal = (n: number) => ({
  rating: 'IN_PROGRESS',
  reasoningKo: `추진 중 ${n}`,
  reasoningEn: `Under way ${n}`,
  reason: `새 근거 ${n}`,
  evidence: [{ source: 'gwangju-2021-01-01-new-year', quote: `인용 ${n}`, on: '2025-03' }],
});

const MUTATIONS: Mutation[] = [
  {
    route: 'POST password',
    handler: passwordRoute.POST,
    expected: anyStaff(200),
    build: async (n, who) => ({
      body: {
        currentPassword: who?.password ?? 'a-guessed-password',
        newPassword: `a-new-password-${n}-long`,
      },
    }),
  },
  {
    route: 'DELETE session',
    handler: sessionRoute.DELETE,
    expected: anyStaff(200),
    build: async () => ({}),
  },
  {
    route: 'POST sources',
    handler: sourcesRoute.POST,
    expected: anyStaff(201),
    build: async (n) => ({
      body: {
        title: `광주시 보도자료 ${n}`,
        publisher: '광주광역시',
        publishedOn: '2026-03-31',
        url: `https://www.gwangju.go.kr/press/${n}`,
      },
    }),
  },
  {
    route: 'PATCH sources/[slug]',
    handler: sourceRoute.PATCH,
    expected: anyStaff(200),
    build: async (n) => ({
      params: { slug: 'etnews-2018-01-ev100-forum' },
      body: {
        reason: `제목 확인 ${n}`,
        title: `제목 ${n}`,
        publisher: '전자신문',
        publishedOn: '2018-01',
        language: 'ko',
      },
    }),
  },
  {
    route: 'POST indicators',
    handler: indicatorsRoute.POST,
    expected: anyStaff(201),
    build: async (n) => ({
      body: {
        slug: `ev-chargers-${n}`,
        theme: 'mobility',
        nameKo: `전기차 충전기 ${n}`,
        nameEn: `EV chargers ${n}`,
        descriptionKo: '설치된 충전기 수',
        descriptionEn: 'Chargers installed',
        unit: 'FACILITIES',
        measure: 'CUMULATIVE',
        higherIsBetter: true,
      },
    }),
  },
  {
    route: 'PATCH indicators/[slug]',
    handler: indicatorRoute.PATCH,
    expected: anyStaff(200),
    build: async (n) => ({
      params: { slug: 'ai-mous-signed' },
      body: {
        reason: `설명 보완 ${n}`,
        theme: 'ai-industry',
        nameKo: 'AI 기업 업무협약 체결 수',
        nameEn: 'AI company MOUs signed',
        descriptionKo: `설명 ${n}`,
        descriptionEn: `Description ${n}`,
        unit: 'ORGANIZATIONS',
        measure: 'CUMULATIVE',
        higherIsBetter: true,
      },
    }),
  },
  {
    route: 'POST figures',
    handler: figuresRoute.POST,
    expected: anyStaff(201),
    build: async (n) => ({
      body: {
        indicator: 'ai-companies-relocated',
        value: String(100 + n),
        observedOn: `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
        source: 'newsnok-2025-09-hangzhou',
        quote: `인용 ${n}`,
      },
    }),
  },
  {
    route: 'POST figures/[slug]/revisions',
    handler: revisionsRoute.POST,
    expected: anyStaff(200),
    build: async (n) => ({
      params: { slug: 'startup-fund-2025-09' },
      body: {
        baseRevision: await currentRevision('figure', 'startup-fund-2025-09'),
        value: String(619_200_000_000 + n),
        observedOn: '2025-09',
        source: 'newsnok-2025-09-hangzhou',
        quote: '6,192억 원',
        reason: `확인 ${n}`,
      },
    }),
  },
  {
    route: 'POST pledges',
    handler: pledgesRoute.POST,
    expected: anyStaff(201),
    build: async (n) => ({
      body: {
        kind: 'TARGET',
        indicator: 'ai-companies-relocated',
        administration: 'min-8',
        titleKo: `AI 기업 ${n}곳 유치`,
        titleEn: `Attract ${n} AI companies`,
        targetValue: String(100 + n),
        deadline: '2030',
        announcedOn: '2026-11',
        source: 'newsnok-2025-09-hangzhou',
        quote: `인용 ${n}`,
      },
    }),
  },
  {
    route: 'POST pledges/[slug]/revisions',
    handler: pledgeRevisionsRoute.POST,
    expected: anyStaff(200),
    build: async (n) => ({
      params: { slug: 'ghg-cut-45-percent-2030' },
      body: {
        baseRevision: await currentRevision('pledge', 'ghg-cut-45-percent-2030'),
        reason: `확인 ${n}`,
        titleKo: `온실가스 45% 감축 (${n})`,
        titleEn: 'Cut greenhouse gas emissions by 45%',
        targetValue: '45',
        deadline: '2030',
        announcedOn: '2021-01-01',
        source: 'gwangju-2021-01-01-new-year',
        quote: '온실가스 45% 감축',
      },
    }),
  },
  {
    route: 'POST imports/figures',
    handler: importRoute.POST,
    expected: anyStaff(201),
    build: async (n) => ({
      body: new TextEncoder().encode(
        `indicator,value,observed_on,source,quote\nai-mous-signed,${n},${2030 + n},newsnok-2025-09-hangzhou,"인용 ${n}"\n`,
      ),
    }),
  },
  {
    route: 'POST pledges/[slug]/verdicts',
    handler: pledgeVerdictsRoute.POST,
    expected: anyStaff(201),
    build: async (n) => ({ params: { slug: 'corporate-re100-2030' }, body: verdictProposal(n) }),
  },
  {
    route: 'POST verdicts/[id]/review',
    handler: verdictReviewRoute.POST,
    expected: anyStaff(200),
    build: async (n) => ({
      params: { id: await pendingVerdict(n) },
      body: { decision: 'APPROVED' },
    }),
  },
  {
    route: 'PUT settings',
    handler: settingsRoute.PUT,
    expected: adminOnly(200),
    // Review stays required, as the other cells expect.
    build: async () => ({ body: { verdictReviewRequired: true } }),
  },
  {
    route: 'POST accounts',
    handler: accountsRoute.POST,
    expected: adminOnly(201),
    build: async (n) => ({
      body: {
        email: `new${n}@example.org`,
        name: `새 편집자 ${n}`,
        role: 'editor',
        password: 'a-long-enough-password',
      },
    }),
  },
  {
    route: 'PATCH accounts/[email]',
    handler: accountRoute.PATCH,
    expected: adminOnly(200),
    build: async (n) => {
      const { email } = await app.signInAs('editor', { email: `target${n}@example.org` });
      return { params: { email: encodeURIComponent(email) }, body: { active: false } };
    },
  },
];

async function snapshot(): Promise<string> {
  const tables = [
    'source',
    'figure',
    'figure_revision',
    'pledge',
    'pledge_revision',
    'indicator',
    'staff_user',
    'staff_account',
    'verdict',
    'verdict_evidence',
    'verdict_review',
    'site_setting',
  ];
  const counts = await Promise.all(
    tables.map(
      async (table) =>
        `${table}=${(await app.db.query(`SELECT count(*) FROM "${table}"`)).rows[0].count}`,
    ),
  );
  const users = await app.db.query(
    'SELECT u.email, u.role, u.banned, a.password FROM staff_user u JOIN staff_account a ON a.user_id = u.id ORDER BY u.email',
  );
  return `${counts.join(' ')} ${JSON.stringify(users.rows)}`;
}

/** Builds the request first (a build may itself add records), so a snapshot taken after it is fair. */
async function prepare(
  mutation: Mutation,
  who: StaffSession | undefined,
  origin?: string | null,
): Promise<() => Promise<Response>> {
  const [method, route] = mutation.route.split(' ') as [string, string];
  const { params, body } = await mutation.build(++counter, who);
  // The route's folder names its segments: `sources/[slug]` is sent as `sources/<params.slug>`.
  const path = `/api/staff/${route.replace(/\[(\w+)\]/g, (_, name: string) => params![name]!)}`;
  return () =>
    callRoute(mutation.handler, path, { method, cookie: who?.cookie, origin, body, params });
}

describe('authorization matrix', () => {
  const cells = MUTATIONS.flatMap((mutation) =>
    (['anonymous', 'editor', 'admin'] as const).map((actor) => [mutation, actor] as const),
  );
  it.each(
    cells.map(
      ([mutation, actor]) => [mutation.route, actor, mutation.expected[actor], mutation] as const,
    ),
  )('%s as %s → %i', async (_name, actor, expected, mutation) => {
    const who = actor === 'anonymous' ? undefined : await app.signInAs(actor);
    const send = await prepare(mutation, who);
    const before = await snapshot();
    const response = await send();
    expect(response.status, await response.clone().text()).toBe(expected);
    if (expected >= 400) expect(await snapshot()).toBe(before);
  });

  it.each(MUTATIONS.map((mutation) => [mutation.route, mutation] as const))(
    '%s is refused from another site and without an Origin, even for an admin',
    async (_name, mutation) => {
      const who = await app.signInAs('admin');
      const origins = ['https://evil.example', 'http://localhost:3000.evil.example', 'null', null];
      const sends = await Promise.all(origins.map((origin) => prepare(mutation, who, origin)));
      const before = await snapshot();
      for (const [i, send] of sends.entries()) {
        const origin = origins[i];
        const response = await send();
        expect(response.status, `origin ${origin}`).toBe(403);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'cross-site',
        );
      }
      expect(await snapshot()).toBe(before);
    },
  );

  it.each(['editor', 'admin'] as const)(
    'POST verdicts/[id]/review of their own proposal as %s → 403 own-verdict, while review is required',
    async (actor) => {
      const who = await app.signInAs(actor);
      const proposed = await callRoute(
        pledgeVerdictsRoute.POST,
        '/api/staff/pledges/corporate-re100-2030/verdicts',
        {
          method: 'POST',
          cookie: who.cookie,
          body: verdictProposal(++counter),
          params: { slug: 'corporate-re100-2030' },
        },
      );
      expect(proposed.status, await proposed.clone().text()).toBe(201);
      const { verdict } = (await proposed.json()) as { verdict: { id: number } };
      const before = await snapshot();
      const response = await callRoute(
        verdictReviewRoute.POST,
        `/api/staff/verdicts/${verdict.id}/review`,
        {
          method: 'POST',
          cookie: who.cookie,
          body: { decision: 'APPROVED' },
          params: { id: String(verdict.id) },
        },
      );
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'own-verdict',
      );
      expect(await snapshot()).toBe(before);
    },
  );

  it('covers every mutation route the app has', () => {
    const root = path.resolve('app/api/staff');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'route.ts') {
          const route = path.relative(root, dir).split(path.sep).join('/');
          for (const [, method] of readFileSync(full, 'utf8').matchAll(
            /export const (POST|PUT|PATCH|DELETE) /g,
          ))
            found.push(`${method} ${route}`);
        }
      }
    };
    walk(root);
    const covered = [...MUTATIONS.map((mutation) => mutation.route), 'POST session'];
    expect(found.sort()).toEqual(covered.sort());
  });
});

/** A sign-in as the site's sign-in page sends it. */
const signIn = (
  body: unknown,
  options: { origin?: string; headers?: Record<string, string> } = {},
) => callRoute(sessionRoute.POST, '/api/staff/session', { method: 'POST', body, ...options });

/** An empty new-figure form: 422 while the session holds, 401 once it has ended. */
const postEmptyFigure = (cookie: string) =>
  callRoute(figuresRoute.POST, '/api/staff/figures', { method: 'POST', cookie, body: {} });

const changeAccount = (cookie: string, email: string, body: unknown) =>
  callRoute(accountRoute.PATCH, `/api/staff/accounts/${email}`, {
    method: 'PATCH',
    cookie,
    body,
    params: { email },
  });

const changePassword = (cookie: string, body: unknown) =>
  callRoute(passwordRoute.POST, '/api/staff/password', { method: 'POST', cookie, body });

describe('sign-in', () => {
  it('answers a wrong password and an unknown account alike, logs both, and limits repeated failures', async () => {
    const { email } = await app.signInAs('editor', { email: 'guessed@example.org' });
    const attempt = (body: unknown) =>
      signIn(body, { headers: { 'x-forwarded-for': '198.51.100.9' } });
    const wrong = await attempt({ email, password: 'not-the-password' });
    const unknown = await attempt({ email: 'nobody@example.org', password: 'not-the-password' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toBe(
      ((await unknown.json()) as { error: { message: string } }).error.message,
    );
    for (let i = 0; i < 4; i += 1) await attempt({ email, password: `wrong-${i}` });
    const limited = await attempt({ email, password: 'not-the-password' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const log = await app.db.query(
      `SELECT outcome, details->>'code' AS code FROM audit_event WHERE action = 'sign-in' AND actor_email = $1 ORDER BY id`,
      [email],
    );
    expect(log.rows.map((row) => `${row.outcome}:${row.code}`)).toEqual([
      'ok:signed-in',
      'denied:wrong-credentials',
      'denied:wrong-credentials',
      'denied:wrong-credentials',
      'denied:wrong-credentials',
      'denied:wrong-credentials',
      'limited:too-many-attempts',
    ]);
  });

  it('counts further tries at a locked account on one sampled row, so they cannot flood the log', async () => {
    const { email } = await app.signInAs('editor', { email: 'locked-flood@example.org' });
    const attempt = () =>
      signIn(
        { email, password: 'wrong-password' },
        { headers: { 'x-forwarded-for': '198.51.100.10' } },
      );
    for (let i = 0; i < 5; i += 1) expect((await attempt()).status).toBe(401);
    for (let i = 0; i < 40; i += 1) expect((await attempt()).status).toBe(429);
    const rows = await app.db.query(
      `SELECT e.outcome, c.count FROM audit_event e LEFT JOIN audit_refusal_count c ON c.sample_key = e.sample_key
        WHERE e.action = 'sign-in' AND e.actor_email = $1 AND e.outcome = 'limited'`,
      [email],
    );
    // One row, unless the minute turned during the loop.
    expect(rows.rows.length).toBeLessThanOrEqual(2);
    expect(rows.rows.reduce((sum, row) => sum + Number(row.count), 0)).toBe(40);
  });

  it('sets an HttpOnly, SameSite session cookie; signing out ends the session in the database', async () => {
    const { email, password } = await app.signInAs('editor');
    const response = await signIn({ email, password });
    const cookie = response.headers.getSetCookie().find((line) => line.includes('session_token'))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const pair = cookie.split(';')[0]!;
    const out = await callRoute(sessionRoute.DELETE, '/api/staff/session', {
      method: 'DELETE',
      cookie: pair,
    });
    expect(out.status).toBe(200);
    const again = await postEmptyFigure(pair);
    expect(again.status).toBe(401);
  });

  it('disabling an account ends its sessions at once and refuses its next sign-in', async () => {
    const admin = await app.signInAs('admin');
    const editor = await app.signInAs('editor');
    const disable = await changeAccount(admin.cookie, editor.email, { active: false });
    expect(disable.status).toBe(200);
    expect(((await disable.json()) as { sessionsEnded: number }).sessionsEnded).toBe(1);
    const refused = await postEmptyFigure(editor.cookie);
    expect(refused.status).toBe(401);
    const signedIn = await signIn({ email: editor.email, password: editor.password });
    expect(signedIn.status).toBe(403);
    expect(((await signedIn.json()) as { error: { code: string } }).error.code).toBe(
      'account-disabled',
    );
  });
});

describe('what the security review found', () => {
  it('a burst of parallel wrong passwords gets no more guesses than the limit', async () => {
    const { email } = await app.signInAs('editor', { email: 'burst@example.org' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn(
          { email, password: `guess-${i}` },
          { headers: { 'x-forwarded-for': `192.0.2.${i}` } },
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it('cross-site sign-in requests do not count towards an address being locked out', async () => {
    const { email, password } = await app.signInAs('editor');
    const address = { 'x-forwarded-for': '198.51.100.77' };
    for (let i = 0; i < 25; i += 1) {
      const forged = await signIn(
        { email, password: 'x' },
        { origin: 'https://evil.example', headers: address },
      );
      expect(forged.status).toBe(403);
    }
    const real = await signIn({ email, password }, { headers: address });
    expect(real.status).toBe(200);
  });

  it('never writes a typed password into the (unerasable) audit log', async () => {
    const admin = await app.signInAs('admin');
    const response = await callRoute(accountsRoute.POST, '/api/staff/accounts', {
      method: 'POST',
      cookie: admin.cookie,
      body: {
        email: 'short@example.org',
        name: '짧은 비번',
        role: 'editor',
        password: 'Tr0ub4dor&3',
      },
    });
    expect(response.status).toBe(422);
    expect(await response.text()).not.toContain('Tr0ub4dor&3');
    const logged = await app.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE details::text LIKE '%Tr0ub4dor%'`,
    );
    expect(logged.rows[0].n).toBe(0);
  });

  it('answers 404, not 500, for a malformed account address', async () => {
    const admin = await app.signInAs('admin');
    const response = await changeAccount(admin.cookie, '%E0%A4%A', { active: false });
    expect(response.status).toBe(404);
  });

  it('two admins demoting each other at once leave one admin, never none', async () => {
    await app.db.query(`UPDATE staff_user SET banned = true WHERE role = 'admin'`);
    const first = await app.signInAs('admin', { email: 'first-admin@example.org' });
    const second = await app.signInAs('admin', { email: 'second-admin@example.org' });
    const demote = (actor: { cookie: string }, email: string) =>
      changeAccount(actor.cookie, email, { role: 'editor' });
    const responses = await Promise.all([
      demote(first, 'second-admin@example.org'),
      demote(second, 'first-admin@example.org'),
    ]);
    // One wins. The other is refused either way, by when it runs: 422 'last-admin' if it reaches
    // the admin count while the first is still in flight, 403 if the first has already demoted it
    // before its role is checked (a loaded machine runs the two one after the other).
    const [won, refused] = responses.map((response) => response.status).sort();
    expect(won).toBe(200);
    expect([403, 422]).toContain(refused);
    const admins = await app.db.query(
      `SELECT count(*)::int AS n FROM staff_user WHERE role = 'admin' AND NOT banned`,
    );
    expect(admins.rows[0].n).toBe(1);
  });
});

describe("changing one's own password", () => {
  it('needs the current password, ends the other sessions, and the new password signs in', async () => {
    const first = await app.signInAs('editor', { email: 'changer@example.org' });
    const second = await signIn({ email: first.email, password: first.password });
    const otherCookie = toCookieHeader(second);
    const wrong = await changePassword(first.cookie, {
      currentPassword: 'not-it',
      newPassword: 'a-brand-new-password',
    });
    expect(wrong.status).toBe(422);
    const changed = await changePassword(first.cookie, {
      currentPassword: first.password,
      newPassword: 'a-brand-new-password',
    });
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect(((await changed.json()) as { sessionsEnded: number }).sessionsEnded).toBe(1);
    const stillIn = await postEmptyFigure(first.cookie);
    expect(stillIn.status).toBe(422);
    const endedElsewhere = await postEmptyFigure(otherCookie);
    expect(endedElsewhere.status).toBe(401);
    const oldPassword = await signIn({ email: first.email, password: first.password });
    expect(oldPassword.status).toBe(401);
    const newPassword = await signIn({ email: first.email, password: 'a-brand-new-password' });
    expect(newPassword.status).toBe(200);
  });
});
