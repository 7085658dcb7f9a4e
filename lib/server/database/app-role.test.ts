import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import {
  APPEND_ONLY_TABLES,
  GROW_ONLY_TABLES,
  MUTABLE_TABLES,
  READ_ONLY_TABLES,
  appRoleGrantsSql,
  ensureAppRole,
  grantAppRole,
  readOrCreateAppRolePassword,
} from './app-role.ts';

/**
 * What the web server's role may not do, tried over its own connection: each refusal must come
 * from the privilege system (42501), not merely from a trigger the owner could switch off.
 * Roles are cluster-wide, so each run names its own and drops it afterwards.
 */
const role = `pledgeboard_app_test_${randomBytes(4).toString('hex')}`;
const quotedRole = `${role}_q`;
let db: TestDatabase;
let owner: string;
let appUrl: string;
let app: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadSeed(db.prisma, seedDataset);
  owner = decodeURIComponent(new URL(db.url).username);
  appUrl = await ensureAppRole(db.url, { role, password: randomBytes(18).toString('base64url') });
  app = await connect(appUrl);
});

afterAll(async () => {
  await app?.end();
  await db?.drop();
  // The database held the roles' only privileges; with it gone they can be dropped.
  const admin = new pg.Client({ connectionString: inject('databaseAdminUrl') });
  await admin.connect();
  for (const name of [role, quotedRole])
    await admin.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(name)}`);
  await admin.end();
});

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The SQLSTATE a statement fails with as the app role, or 'ok'. */
async function outcomeAsApp(sql: string): Promise<string> {
  try {
    await app.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const historyCounts = () =>
  db.query(
    'SELECT (SELECT count(*) FROM figure_revision) AS f, (SELECT count(*) FROM pledge_revision) AS p, (SELECT count(*) FROM audit_event) AS a, (SELECT count(*) FROM figure) AS fi',
  );

describe('which tables get which grants', () => {
  it('every table is listed as append-only, mutable or read-only, once', async () => {
    const tables = (
      await db.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      )
    ).rows.map((row) => row.tablename as string);
    const listed: string[] = [
      ...APPEND_ONLY_TABLES,
      ...GROW_ONLY_TABLES,
      ...MUTABLE_TABLES,
      ...READ_ONLY_TABLES,
    ];
    // A new table must be put in one list in app-role.ts: may the web server change its rows?
    expect(
      tables.filter((table) => !listed.includes(table)),
      'tables in no list of app-role.ts',
    ).toEqual([]);
    expect(
      listed.filter((table) => !tables.includes(table)),
      'listed tables that do not exist',
    ).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('grants exactly SELECT, INSERT on history; no DELETE on counts; the four on the rest; SELECT on the migration log', async () => {
    const grants = await db.query(
      `SELECT table_name, string_agg(privilege_type, ', ' ORDER BY privilege_type) AS privileges
         FROM information_schema.role_table_grants WHERE grantee = $1 AND table_schema = 'public' GROUP BY table_name`,
      [role],
    );
    const byTable = Object.fromEntries(grants.rows.map((row) => [row.table_name, row.privileges]));
    for (const table of APPEND_ONLY_TABLES)
      expect([table, byTable[table]]).toEqual([table, 'INSERT, SELECT']);
    for (const table of GROW_ONLY_TABLES)
      expect([table, byTable[table]]).toEqual([table, 'INSERT, SELECT, UPDATE']);
    for (const table of MUTABLE_TABLES)
      expect([table, byTable[table]]).toEqual([table, 'DELETE, INSERT, SELECT, UPDATE']);
    for (const table of READ_ONLY_TABLES)
      expect([table, byTable[table]]).toEqual([table, 'SELECT']);
  });

  it('made a login role that owns nothing and can create nothing', async () => {
    const attributes = await db.query(
      'SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolreplication, rolinherit FROM pg_roles WHERE rolname = $1',
      [role],
    );
    expect(attributes.rows).toEqual([
      {
        rolcanlogin: true,
        rolsuper: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolbypassrls: false,
        rolreplication: false,
        rolinherit: false,
      },
    ]);
  });
});

describe('as the app role', () => {
  it('reads every table', async () => {
    const tables = (
      await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)
    ).rows.map((row) => row.tablename as string);
    for (const table of tables)
      expect([
        table,
        await outcomeAsApp(`SELECT * FROM ${pg.escapeIdentifier(table)} LIMIT 1`),
      ]).toEqual([table, 'ok']);
    const seeded = await app.query('SELECT count(*)::int AS n FROM figure_revision');
    expect(seeded.rows[0].n).toBeGreaterThan(0);
  });

  it('appends a revision to a figure', async () => {
    const inserted = await app.query(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision, source_id, quote, reason, created_by)
       SELECT r.figure_id, r.revision + 1, r.value, r.observed_on, r.observed_precision, r.source_id, r.quote, 'test correction', 'app-role test'
         FROM figure_revision r
        WHERE r.revision = (SELECT max(revision) FROM figure_revision WHERE figure_id = r.figure_id)
        ORDER BY r.figure_id LIMIT 1
       RETURNING revision`,
    );
    expect(inserted.rows).toHaveLength(1);
  });

  it.each([
    'UPDATE figure_revision SET value = 1',
    'DELETE FROM figure_revision',
    'TRUNCATE figure_revision CASCADE',
    "UPDATE pledge_revision SET quote = 'rewritten'",
    'DELETE FROM pledge_revision',
    'TRUNCATE pledge_revision CASCADE',
    "UPDATE audit_event SET actor_email = 'someone-else@example.org'",
    'DELETE FROM audit_event',
    'TRUNCATE audit_event',
    'DELETE FROM audit_refusal_count',
    'TRUNCATE audit_refusal_count',
    'UPDATE figure SET created_at = now()',
    'DELETE FROM figure',
    'UPDATE pledge SET supersedes_id = NULL',
    'SELECT id FROM figure_revision LIMIT 1 FOR UPDATE',
    'ALTER TABLE figure_revision DISABLE TRIGGER ALL',
    'ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only',
    'DROP TRIGGER figure_revision_append_only ON figure_revision',
    'DROP TABLE figure_revision CASCADE',
    'DROP TABLE source CASCADE',
    'ALTER TABLE source ADD COLUMN sneaky text',
    'TRUNCATE source CASCADE',
    'CREATE TABLE x (id int)',
    'CREATE TEMP TABLE x (id int)',
    'CREATE SCHEMA elsewhere',
    'CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
    "SELECT setval('figure_revision_id_seq', 1)",
    "UPDATE _prisma_migrations SET checksum = 'x'",
    "INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ('x', 'x', 'x')",
  ])('refuses %s by privilege (42501)', async (sql) => {
    const before = await historyCounts();
    expect(await outcomeAsApp(sql)).toBe('42501');
    expect((await historyCounts()).rows).toEqual(before.rows);
  });

  it('cannot become the owner or give itself more', async () => {
    expect(await outcomeAsApp(`SET ROLE ${pg.escapeIdentifier(owner)}`)).toBe('42501');
    expect(await outcomeAsApp(`ALTER ROLE ${pg.escapeIdentifier(role)} CREATEDB`)).toBe('42501');
    // A GRANT without the grant option is a warning, not an error: what counts is that nothing changed.
    await outcomeAsApp(`GRANT UPDATE ON figure_revision TO ${pg.escapeIdentifier(role)}`);
    expect(
      (await db.query(`SELECT has_table_privilege($1, 'figure_revision', 'UPDATE') AS can`, [role]))
        .rows[0].can,
    ).toBe(false);
  });

  it('changes the tables the app edits in place', async () => {
    const updated = await app.query(
      `UPDATE source SET title = title WHERE slug = (SELECT slug FROM source ORDER BY id LIMIT 1)`,
    );
    expect(updated.rowCount).toBe(1);
    await app.query(
      `INSERT INTO staff_verification (id, identifier, value, expires_at) VALUES ('v1', 'probe', 'x', now())`,
    );
    expect((await app.query(`DELETE FROM staff_verification WHERE id = 'v1'`)).rowCount).toBe(1);
    expect(await outcomeAsApp('DELETE FROM staff_session')).toBe('ok');
  });
});

describe('running it again and later', () => {
  it('is idempotent: a second run keeps the role, its grants and the same URL', async () => {
    const password = decodeURIComponent(new URL(appUrl).password);
    expect(await ensureAppRole(db.url, { role, password })).toBe(appUrl);
    const again = await connect(appUrl);
    try {
      expect(
        (await again.query('SELECT count(*)::int AS n FROM figure')).rows[0].n,
      ).toBeGreaterThan(0);
    } finally {
      await again.end();
    }
    expect(await outcomeAsApp('DELETE FROM figure_revision')).toBe('42501');
  });

  it('gives a table a later migration adds the mutable grants, and still no TRUNCATE', async () => {
    await db.query('CREATE TABLE later_migration_probe (key text PRIMARY KEY, hits int NOT NULL)');
    try {
      expect(await outcomeAsApp('SELECT * FROM later_migration_probe')).toBe('42501');
      await grantAppRole(db.url, role);
      expect(await outcomeAsApp(`INSERT INTO later_migration_probe VALUES ('a', 1)`)).toBe('ok');
      expect(await outcomeAsApp(`UPDATE later_migration_probe SET hits = hits + 1`)).toBe('ok');
      expect(await outcomeAsApp(`DELETE FROM later_migration_probe`)).toBe('ok');
      expect(await outcomeAsApp('TRUNCATE later_migration_probe')).toBe('42501');
    } finally {
      await db.query('DROP TABLE later_migration_probe');
    }
  });

  it('refuses to grant to the role that runs the migrations', async () => {
    await expect(grantAppRole(db.url, owner)).rejects.toThrow(/runs the migrations|SUPERUSER/);
  });

  it('rejects a role name that would need quoting', () => {
    expect(() => appRoleGrantsSql('app"; DROP TABLE figure; --')).toThrow(/lower-case/);
  });
});

describe('passwords', () => {
  it.each([
    ['non-ASCII, sent quoted for the server to hash', `it's "quoted" \\ @:/?# 비밀번호`],
    ['ASCII, sent as a SCRAM verifier', `it's "quoted" \\ @:/?#%20 too`],
  ])('signs in with a password that is %s', async (_kind, password) => {
    const url = await ensureAppRole(db.url, { role: quotedRole, password });
    const client = await connect(url);
    try {
      expect((await client.query('SELECT current_user AS name')).rows[0].name).toBe(quotedRole);
    } finally {
      await client.end();
    }
    const { host, pathname } = new URL(db.url);
    expect(new URL(url)).toMatchObject({ host, pathname });
  });

  it('keeps the embedded app role password beside the owner password, readable by this user only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'app-role-'));
    try {
      const first = await readOrCreateAppRolePassword(dir);
      expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(await readOrCreateAppRolePassword(dir)).toBe(first);
      expect((await stat(path.join(dir, 'app-role-password'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
