import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { readOrCreateSecretFile } from '../secret-file.ts';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.ts';
import { toScramVerifier } from './scram-verifier.ts';

/**
 * Least privilege for the web server. Migrations run as the owner of the tables; the web server
 * connects as a login role of its own that owns nothing, so it cannot run DDL, drop a table or
 * disable a trigger (all of which need ownership), and that may only SELECT and INSERT where rows
 * are evidence. The triggers already refuse to rewrite history; the grants make a second wall that
 * holds even if someone with the app's credentials tries `ALTER TABLE … DISABLE TRIGGER`.
 */

export const DEFAULT_APP_ROLE = 'pledgeboard_app';

/**
 * Rows that are evidence, written once and never changed in place: the revisions and the audit log
 * (triggers refuse UPDATE, DELETE and TRUNCATE on them), and the identity rows `figure` and `pledge`
 * (a trigger refuses changing what they are; a correction appends a revision instead). The one
 * column the schema lets change, `pledge.supersedes_id`, is set by the seed loader, which runs as
 * the owner; should staff ever link pledges, grant `UPDATE (supersedes_id) ON pledge` rather than
 * moving `pledge` to the mutable list. The app role gets SELECT and INSERT here, nothing else.
 */
export const APPEND_ONLY_TABLES = [
  'figure',
  'figure_revision',
  'pledge',
  'pledge_revision',
  'audit_event',
  // verdicts, their evidence and their reviews: a new judgement is a new verdict
  'verdict',
  'verdict_evidence',
  'verdict_review',
] as const;

/**
 * Counts that are evidence too but must grow: `audit_refusal_count` (how often a sampled refusal
 * happened; a trigger lets a count only increase). SELECT, INSERT and UPDATE (its upsert needs
 * both), never DELETE or TRUNCATE.
 */
export const GROW_ONLY_TABLES = ['audit_refusal_count'] as const;

/**
 * Tables the app changes in place: reference data staff correct (sources, indicators), and
 * better-auth's accounts and sessions, rate-limit counters. Any table not listed elsewhere gets these grants,
 * so a table a later migration adds works at once; this list exists so that the test
 * (app-role.test.ts) fails until someone has decided which kind a new table is.
 */
export const MUTABLE_TABLES = [
  'administration',
  // rows of an import in progress, deleted in the import's own transaction
  'figure_import_row',
  'indicator',
  'source',
  'staff_account',
  'staff_rate_limit',
  'staff_session',
  'staff_user',
  'staff_verification',
  // the admin's settings (whether verdicts need a second reviewer)
  'site_setting',
  'theme',
] as const;

/**
 * Tables the database derives from the others by trigger (the current-figure projection, its
 * counts, the figures each pledge's status rests on and each day's extremes for charts): the web server reads them and its inserts into the revisions update them through
 * SECURITY DEFINER triggers, never by its own writes. Backups leave them out and a restore
 * rebuilds them from the revisions it loads.
 */
export const DERIVED_TABLES = [
  'current_figure',
  'indicator_figure_count',
  'source_figure_count',
  'pledge_evidence',
  'indicator_day_extremes',
] as const;

/**
 * Read only: the migration log (the health check reads it), the data version (every server reads
 * it for its ETags; only the owner's trigger function raises it) and the derived tables.
 */
export const READ_ONLY_TABLES = ['_prisma_migrations', 'data_version', ...DERIVED_TABLES] as const;

// Lower-case identifiers only: they need no quoting in a URL, a shell or a DBA's psql session.
export const appRoleNameSchema = z
  .string()
  .regex(
    /^[a-z_][a-z0-9_]{0,62}$/,
    'must be 1 to 63 lower-case letters, digits or underscores, not starting with a digit',
  );

const sqlArray = (names: readonly string[]) =>
  `ARRAY[${names.map((name) => pg.escapeLiteral(name)).join(', ')}]::text[]`;

/**
 * Creates the login role if it is missing, without a password (set separately). Its attributes are
 * the least a login role can have; NOINHERIT so that even a later grant of membership in another
 * role does not silently hand over that role's rights.
 */
export function createAppRoleSql(role: string): string {
  const name = appRoleNameSchema.parse(role);
  return `DO $create_app_role$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${pg.escapeLiteral(name)}) THEN
    CREATE ROLE ${pg.escapeIdentifier(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION NOINHERIT;
  END IF;
END
$create_app_role$;`;
}

/**
 * The app role's privileges, granted from scratch. Run by the owner of the tables after the
 * migrations on every start (idempotent): a table a new migration adds is covered the next time.
 * It refuses a role that could do more than its grants allow (superuser, owner of a table, member
 * of another role), since no grant could then hold it back.
 */
export function appRoleGrantsSql(role: string): string {
  const name = appRoleNameSchema.parse(role);
  return `DO $app_role_grants$
DECLARE
  app_role name := ${pg.escapeLiteral(name)};
  append_only text[] := ${sqlArray(APPEND_ONLY_TABLES)};
  grow_only text[] := ${sqlArray(GROW_ONLY_TABLES)};
  read_only text[] := ${sqlArray(READ_ONLY_TABLES)};
  app pg_roles%ROWTYPE;
  rel record;
BEGIN
  SELECT * INTO app FROM pg_roles WHERE rolname = app_role;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'role % does not exist: create it first (npm run db:app-role)', app_role USING ERRCODE = 'undefined_object';
  END IF;
  IF app_role = current_user THEN
    RAISE EXCEPTION 'role % runs the migrations; the web server needs a role of its own', app_role;
  END IF;
  IF app.rolsuper OR app.rolcreatedb OR app.rolcreaterole OR app.rolbypassrls OR app.rolreplication THEN
    RAISE EXCEPTION 'role % has SUPERUSER, CREATEDB, CREATEROLE, BYPASSRLS or REPLICATION; the web server''s role must have none', app_role;
  END IF;
  IF EXISTS (SELECT FROM pg_auth_members WHERE member = app.oid) THEN
    RAISE EXCEPTION 'role % is a member of other roles and could take their rights with SET ROLE; revoke the membership', app_role;
  END IF;
  IF EXISTS (SELECT FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relowner = app.oid)
     OR EXISTS (SELECT FROM pg_namespace WHERE nspname = 'public' AND nspowner = app.oid)
     OR EXISTS (SELECT FROM pg_database WHERE datname = current_database() AND datdba = app.oid) THEN
    RAISE EXCEPTION 'role % owns the database, the schema or a table in it, and an owner may alter or drop them; migrate as another role', app_role;
  END IF;

  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
  EXECUTE format('REVOKE CREATE ON SCHEMA public FROM PUBLIC, %I', app_role);
  -- Every role may create temporary tables through PUBLIC by default; the app uses none. Only the
  -- database's owner (or a superuser) can change that, and only for this database.
  IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
    EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC, %I', current_database(), app_role);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app_role);
  END IF;

  FOR rel IN
    SELECT relname, relkind FROM pg_class
    WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
    ORDER BY relname
  LOOP
    IF rel.relkind = 'S' THEN
      -- USAGE for nextval() behind SERIAL columns; not UPDATE, which would allow setval().
      EXECUTE format('REVOKE ALL ON SEQUENCE public.%I FROM PUBLIC, %I', rel.relname, app_role);
      EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE public.%I TO %I', rel.relname, app_role);
      CONTINUE;
    END IF;
    -- REVOKE ALL first, so TRUNCATE, REFERENCES, TRIGGER, MAINTAIN and any earlier column grant go.
    EXECUTE format('REVOKE ALL ON TABLE public.%I FROM PUBLIC, %I', rel.relname, app_role);
    EXECUTE format('GRANT %s ON TABLE public.%I TO %I',
      CASE
        WHEN rel.relname = ANY (read_only) OR rel.relkind IN ('v', 'm') THEN 'SELECT'
        WHEN rel.relname = ANY (append_only) THEN 'SELECT, INSERT'
        WHEN rel.relname = ANY (grow_only) THEN 'SELECT, INSERT, UPDATE'
        ELSE 'SELECT, INSERT, UPDATE, DELETE'
      END,
      rel.relname, app_role);
  END LOOP;
END
$app_role_grants$;`;
}

// Two starts at once must not grant concurrently ("tuple concurrently updated").
const LOCK_KEY = 7_531_903;

/**
 * Makes sure the app role exists with this password and its grants, and returns the URL the web
 * server should use: the owner's host, port, database and options with the app role's name and
 * password. Needs an owner allowed to create roles (a superuser, as with the embedded database, or
 * CREATEROLE); `grantAppRole` alone needs only ownership of the tables.
 */
export async function ensureAppRole(
  ownerUrl: string,
  options: { role?: string; password?: string } = {},
): Promise<string> {
  const role = appRoleNameSchema.parse(options.role ?? DEFAULT_APP_ROLE);
  const password = options.password ?? randomBytes(18).toString('base64url');
  if (password === '') throw new Error('The app role needs a password.');
  await withOwnerTransaction(ownerUrl, async (client) => {
    await client.query(createAppRoleSql(role));
    const verifier = toScramVerifier(password);
    await client.query(
      `ALTER ROLE ${pg.escapeIdentifier(role)} LOGIN PASSWORD ${pg.escapeLiteral(verifier ?? password)}`,
    );
    await client.query(appRoleGrantsSql(role));
  }).catch((error: unknown) => {
    throw explainRoleError(error);
  });
  return appRoleUrl(ownerUrl, role, password);
}

/** Re-grants an existing app role (after migrations, when someone else created the role). */
export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  await withOwnerTransaction(ownerUrl, async (client) => {
    await client.query(appRoleGrantsSql(role));
  });
}

/** The owner's connection URL with another role's credentials. */
export function appRoleUrl(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * The embedded database's app role password: random per data folder, kept beside the owner's
 * (`<dir>/password`) and, like it, readable by this user only.
 */
export function readOrCreateAppRolePassword(dir: string): Promise<string> {
  return readOrCreateSecretFile(path.join(dir, 'app-role-password'));
}

async function withOwnerTransaction(
  ownerUrl: string,
  work: (client: pg.Client) => Promise<void>,
): Promise<void> {
  const client = new pg.Client({
    connectionString: ownerUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** "permission denied to create role" alone does not say what to do about it. */
function explainRoleError(error: unknown): unknown {
  if (!(error instanceof Error) || (error as { code?: string }).code !== '42501') return error;
  return new Error(
    `${error.message}\nThe role in the owner's URL may not create or alter roles (it needs CREATEROLE). ` +
      'Ask whoever administers the server to run the SQL from `npm run db:app-role -- --print-sql` once.',
    { cause: error },
  );
}
