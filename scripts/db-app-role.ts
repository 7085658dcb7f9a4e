/**
 * Once per external PostgreSQL: creates the web server's own login role, which cannot change
 * the schema and may only add to history (lib/server/database/app-role.ts), and prints the URL
 * the web server should connect with.
 *   DATABASE_URL=<owner's URL> npm run db:app-role -- [--role pledgeboard_app]
 * The password is asked twice without echo (or read from the first line of standard input when
 * it is not a terminal); left empty, a random one is made. Where the owner may not create roles,
 *   npm run db:app-role -- --print-sql [--role pledgeboard_app]
 * prints the SQL for whoever administers the server to run once. The embedded database needs
 * neither: `npm start` sets its app role up itself.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  DEFAULT_APP_ROLE,
  appRoleGrantsSql,
  appRoleNameSchema,
  createAppRoleSql,
  ensureAppRole,
} from '../lib/server/database/app-role.ts';
import { readDatabaseSettings } from '../lib/server/database/database-settings.ts';
import { readPassword } from './read-password.ts';

const MIN_PASSWORD_LENGTH = 16;

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: DEFAULT_APP_ROLE },
    'print-sql': { type: 'boolean', default: false },
  },
});
const parsedRole = appRoleNameSchema.safeParse(values.role);
if (!parsedRole.success) fail(`--role ${values.role}: ${parsedRole.error.issues[0]?.message}`);
const role = parsedRole.data;

if (values['print-sql']) {
  console.log(printableSql(role));
  process.exit(0);
}

const { externalUrl } = readDatabaseSettings();
if (!externalUrl) {
  fail(
    'Set DATABASE_URL to the URL of the role that owns the tables (the one migrations run as). The embedded database needs no setup: `npm start` makes its app role itself.',
  );
}

// Progress goes to stderr, so `APP_URL=$(npm run -s db:app-role …)` captures the URL alone.
const typed = await readPassword(
  `Password for the new role ${role} (${MIN_PASSWORD_LENGTH}+ characters; empty: a random one): `,
  { confirm: true },
);
if (typed !== '' && typed.length < MIN_PASSWORD_LENGTH)
  fail(
    `The password is too short: at least ${MIN_PASSWORD_LENGTH} characters, or leave it empty for a random one.`,
  );
const password = typed || randomBytes(24).toString('base64url');

try {
  // Grants cover the tables that exist now; each start re-grants after migrating, so order is free.
  const appUrl = await ensureAppRole(externalUrl, { role, password });
  console.error(
    `✔ Role ${role} may read everything, add to history and edit the rest; it cannot change the schema.`,
  );
  console.error(
    '  Give the web server this URL (the proposal: DATABASE_APP_URL; DATABASE_URL stays the owner for migrations):',
  );
  console.log(appUrl);
} catch (error) {
  fail((error as Error).message);
}

function printableSql(name: string): string {
  return `-- Pledgeboard: the web server's own role. Run once, in the app's database, as the role that owns
-- its tables (or a superuser), e.g.:
--   psql "$OWNER_URL" -v app_password='…' -f app-role.sql
-- or leave out the ALTER ROLE line and set the password with psql's \\password ${name},
-- which sends only a hash (a server logging DDL would otherwise log the password).
-- npm start re-runs the GRANT block after every migration, so new tables are covered.

BEGIN;

${createAppRoleSql(name)}

ALTER ROLE ${name} PASSWORD :'app_password';

${appRoleGrantsSql(name)}

COMMIT;
`;
}
