/**
 * What `npm run bench:read` drives (read-bench.ts): every public page (Korean at `/…`, English at
 * `/en/…`), the API, chart images, downloads and feeds with real slugs of the generated data, and
 * the staff pages with a signed-in editor's session.
 */
import type pg from 'pg';
import { hashPassword } from '../lib/server/auth/password-hash.ts';
import type { BenchServer } from './read-server.ts';

export interface Route {
  /**
   * page: HTML; api: /api/…; file: chart images, downloads and feeds (no latency target of their
   * own); staff: a staff page, rendered for the signed-in editor (held to the page target).
   */
  kind: 'page' | 'api' | 'file' | 'staff';
  path: string;
  /** What the table shows: the path, or what a long one stands for. */
  label: string;
}

/** The routes, with real slugs of the generated data and a cursor several pages deep. */
export async function listRoutes(server: BenchServer, client: pg.Client): Promise<Route[]> {
  const hot = 'bench-1';
  const { rows } = await client.query<{ slug: string }>(
    `SELECT c.slug FROM current_figure c JOIN indicator i ON i.id = c.indicator_id
     WHERE i.slug = $1 ORDER BY c.observed_on DESC LIMIT 1`,
    [hot],
  );
  const newest = rows[0]!.slug;
  let cursorPath = '/api/v1/figures';
  for (let step = 0; step < 5; step += 1) {
    const page = (await (await fetch(server.origin + cursorPath)).json()) as {
      links?: { next?: string | null };
    };
    if (!page.links?.next) break;
    const next = new URL(page.links.next, server.origin);
    cursorPath = next.pathname + next.search;
  }
  const route = (kind: Route['kind'], path: string, label = path): Route => ({ kind, path, label });
  const search = `q=${encodeURIComponent('합성 공약 12')}`;
  // Korean pages live at `/…` (localePrefix 'as-needed': `/ko/…` redirects there), English at /en.
  return [
    route('page', '/'),
    route('page', '/en'),
    route('page', '/pledges'),
    route('page', '/pledges?theme=bench&sort=status'),
    route('page', '/pledges?verdict=COMPLETED'),
    route('page', '/sources'),
    route('page', '/sources?page=5'),
    route('page', `/indicators/${hot}`),
    route('page', `/indicators/${hot}?page=3`),
    route('page', `/en/indicators/${hot}`),
    route('page', `/figures/${newest}`, '/figures/<newest of bench-1>'),
    route('page', '/pledges/bench-pledge-1'),
    // Pledge 20 has a published verdict with its evidence (synthetic-figures.ts, addVerdicts).
    route('page', '/pledges/bench-pledge-20'),
    route('page', '/en/pledges/bench-pledge-20'),
    route('page', '/report-cards'),
    route('page', '/report-cards/bench-administration'),
    route('page', '/methodology'),
    route('page', `/search?${search}`, '/search?q=합성 공약 12'),
    route('page', `/embed/indicators/${hot}`),
    route('file', `/charts/${hot}.svg`),
    // A typical indicator (about 1,000 figures): bench-1's 100,000 at the largest size would
    // measure the CSV stream's throughput (npm run bench:export), not a read.
    route('file', '/downloads?scope=indicator&slug=bench-2&format=csv'),
    route('file', '/feed.xml'),
    route('file', '/feed.xml?indicator=bench-2'),
    route('file', '/feed.xml?administration=bench-administration&lang=en'),
    route('api', '/api/tracker?page=3'),
    route('api', '/api/v1/indicators'),
    route('api', '/api/v1/figures'),
    route('api', `/api/v1/figures?indicator=${hot}`),
    route('api', cursorPath, '/api/v1/figures?cursor=<6th page>'),
    route('api', '/api/v1/pledges'),
    route('api', '/api/v1/pledges?status=ON_TRACK'),
    route('api', '/api/v1/pledges?verdict=COMPLETED'),
    route('api', '/api/v1/sources'),
    route('api', `/api/v1/search?${search}`, '/api/v1/search?q=합성 공약 12'),
    route('api', '/api/v1/feed'),
    route('api', `/api/v1/feed?indicator=${hot}`),
    route('staff', '/staff'),
    route('staff', '/staff/verdicts'),
    route('staff', '/staff/audit'),
    route('staff', '/staff/pledges/bench-pledge-20'),
    route('staff', `/staff/figures/${newest}`, '/staff/figures/<newest of bench-1>'),
    route('staff', `/staff/indicators/${hot}`),
  ];
}

const EDITOR = { email: 'bench-editor@example.org', password: 'bench-editor-password-long' };

/**
 * A session cookie of an editor, signed in through the server's own sign-in route (the account
 * is written once per database; each server start signs in anew, as its secret is new).
 */
export async function signInEditor(server: BenchServer, client: pg.Client): Promise<string> {
  const password = await hashPassword(EDITOR.password);
  await client.query(
    `WITH editor AS (
       INSERT INTO staff_user (id, name, email, email_verified, role)
       VALUES ('bench-editor', 'Bench editor', $1, true, 'editor')
       ON CONFLICT (email) DO NOTHING RETURNING id)
     INSERT INTO staff_account (id, account_id, provider_id, user_id, password)
     SELECT 'bench-editor-credential', id, 'credential', id, $2 FROM editor`,
    [EDITOR.email, password],
  );
  const response = await fetch(`${server.origin}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin },
    body: JSON.stringify({ email: EDITOR.email, password: EDITOR.password }),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
  if (response.status !== 200 || cookies.length === 0) {
    throw new Error(
      `the bench editor could not sign in: ${response.status} ${await response.text()}`,
    );
  }
  return cookies.join('; ');
}
