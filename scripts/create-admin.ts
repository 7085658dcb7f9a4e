/**
 * Creates a staff account from the command line — the only way to make the first admin, so no
 * default password exists anywhere:
 *   npm run create-admin -- --email you@example.org --name "홍길동"
 * The password is asked twice without echo (or read from the first line of standard input when
 * it is not a terminal). `--role editor` makes an editor instead.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDatabaseSettings } from '../lib/server/database/database-settings.ts';
import { connectForCommand } from '../lib/server/database/prepare-database.ts';
import { readOrCreateAuthSecret } from '../lib/server/auth/auth-secret.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../lib/server/auth/auth.ts';
import { staffEmailSchema } from '../lib/server/auth/staff-email.ts';
import { readPassword } from './read-password.ts';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
  },
});
const parsedEmail = staffEmailSchema.safeParse(values.email ?? '');
if (!parsedEmail.success) {
  fail(
    `${values.email ? `"${values.email}" is not an address sign-in accepts` : 'Give the account an email address'}: --email you@example.org`,
  );
}
const email = parsedEmail.data;
const name = values.name?.trim();
if (!name) fail('Give the account a name, as colleagues will see it on revisions: --name "홍길동"');
if (values.role !== 'admin' && values.role !== 'editor')
  fail(`--role must be admin or editor, not "${values.role}".`);

const password = await readPassword(
  `Password for ${email} (at least ${MIN_PASSWORD_LENGTH} characters): `,
  { confirm: true },
);
if (password.length < MIN_PASSWORD_LENGTH)
  fail(`The password is too short: at least ${MIN_PASSWORD_LENGTH} characters, please.`);
if (password.length > MAX_PASSWORD_LENGTH)
  fail(`The password is too long: at most ${MAX_PASSWORD_LENGTH} characters.`);

const settings = readDatabaseSettings();
const database = await connectForCommand({ log: (line) => console.log(line) }).catch(
  (error: Error) => fail(error.message),
);
try {
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET = await readOrCreateAuthSecret(path.join(settings.dataDir));
  const { createStaffAccount } = await import('../lib/server/staff/create-staff-account.ts');
  const result = await createStaffAccount({
    email,
    name,
    password,
    role: values.role,
    createdBy: 'command line',
  });
  if (!result.ok) fail(result.message);
  console.log(`✔ Created ${values.role} ${name} <${email}>. Sign in at /staff/sign-in.`);
} finally {
  const { getDb } = await import('../lib/server/db.ts');
  await getDb().$disconnect();
  await database.stop();
}
