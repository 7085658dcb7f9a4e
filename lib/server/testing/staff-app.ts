import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import type { StaffRole } from '../auth/get-staff-actor.ts';
import { ensureAppRole } from '../database/app-role.ts';
import { closeDatabaseClients } from '../db.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { SITE, staffRequest, toCookieHeader, type StaffRequestOptions } from './staff-request.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export { SITE, staffRequest, toCookieHeader, type StaffRequestOptions } from './staff-request.ts';

/**
 * The staff side of the app against a real, seeded test database: the app's own singletons
 * (Prisma client, better-auth) pointed at it as the least-privileged app role the web server
 * uses (`db` stays the owner, for checks), accounts made the way the CLI makes them, and
 * requests built the way a browser on the site sends them.
 */

/** A signed-in account: the cookie header its browser sends, and what it signed in with. */
export interface StaffSession {
  cookie: string;
  email: string;
  password: string;
}

export interface StaffApp {
  db: TestDatabase;
  /** Makes an account and signs it in through the real sign-in route; returns its cookie header. */
  signInAs: (role: StaffRole, options?: { email?: string }) => Promise<StaffSession>;
  close: () => Promise<void>;
}

/** The staff app of one test file; `signedIn` is the account `useStaffApp` signed in, if asked. */
export interface StaffAppFixture {
  readonly db: TestDatabase;
  signInAs: StaffApp['signInAs'];
  readonly signedIn: StaffSession;
}

/**
 * Starts the staff app before a test file's tests (signing one account in, with `signInAs`) and
 * closes it after them. Its members are there once the file's first `beforeAll` has run, so read
 * them inside tests and hooks, not at the top of the file.
 */
export function useStaffApp(options: { signInAs?: StaffRole } = {}): StaffAppFixture {
  let app: StaffApp | undefined;
  let signedIn: StaffSession | undefined;
  beforeAll(async () => {
    app = await startStaffApp();
    if (options.signInAs) signedIn = await app.signInAs(options.signInAs);
  });
  afterAll(async () => {
    await app?.close();
  });
  const started = () => {
    if (!app) throw new Error('the staff app starts in beforeAll: use it inside a test or hook');
    return app;
  };
  return {
    get db() {
      return started().db;
    },
    signInAs: (role, signInOptions) => started().signInAs(role, signInOptions),
    get signedIn() {
      if (!signedIn) throw new Error('no account signed in: pass useStaffApp({ signInAs })');
      return signedIn;
    },
  };
}

const globals = globalThis as Record<string, unknown>;

export async function startStaffApp(): Promise<StaffApp> {
  const db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  // Roles are cluster-wide: one per test database, dropped with it.
  const appRole = `${new URL(db.url).pathname.slice(1)}_app`;
  const appUrl = await ensureAppRole(db.url, {
    role: appRole,
    password: randomBytes(18).toString('base64url'),
  });
  // The app reads these lazily on first use; a fresh test file must not reuse another's clients.
  process.env.DATABASE_URL = appUrl;
  process.env.BETTER_AUTH_SECRET = 'test-secret-of-at-least-thirty-two-characters';
  process.env.PUBLIC_URL = SITE;
  await closeDatabaseClients();
  globals.pledgeboardAuth = undefined;

  const { signIn } = await import('../auth/sign-in.ts');
  const { createStaffAccount } = await import('../staff/create-staff-account.ts');
  let accounts = 0;
  return {
    db,
    async signInAs(role, options = {}) {
      accounts += 1;
      const email = options.email ?? `${role}${accounts}@example.org`;
      const password = `password-${role}-${accounts}-long-enough`;
      const created = await createStaffAccount({
        email,
        name: `${role} ${accounts}`,
        password,
        role,
        createdBy: 'test',
      });
      if (!created.ok) throw new Error(created.message);
      const response = await signIn(
        staffRequest('/api/staff/session', { method: 'POST', body: { email, password } }),
      );
      if (response.status !== 200)
        throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      return { cookie: toCookieHeader(response), email, password };
    },
    async close() {
      await closeDatabaseClients();
      globals.pledgeboardAuth = undefined;
      await db.drop();
      const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(appRole)}`);
      await admin.end();
    },
  };
}

/** A route handler as Next calls it: the request, and a promise of the route's segments. */
export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string> | undefined> },
) => Promise<Response>;

/** Calls a route handler with a request as the site's own pages send it (`staffRequest`). */
export function callRoute(
  handler: RouteHandler,
  path: string,
  options: StaffRequestOptions & { params?: Record<string, string> },
): Promise<Response> {
  const { params, ...request } = options;
  return handler(staffRequest(path, request), routeParams(params));
}

/** The context Next hands a route handler; on a route without segments its params resolve to undefined. */
export function routeParams<T extends Record<string, string>>(params?: T) {
  return { params: Promise.resolve(params) };
}
