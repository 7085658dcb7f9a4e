import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes a staff account the way the README tells an operator to: with the create-admin command,
 * the password on standard input, against the database the end-to-end server is running on.
 */
export function createStaffAccount(options: {
  email: string;
  name: string;
  role: 'admin' | 'editor';
  password: string;
}) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=react-server',
      'scripts/create-admin.ts',
      '--email',
      options.email,
      '--name',
      options.name,
      '--role',
      options.role,
    ],
    {
      input: `${options.password}\n`,
      encoding: 'utf8',
      // The database this run's server uses, as `npm start --fresh-db` recorded it: with DATABASE_URL
      // set that is a throwaway database beside the user's, which must never get test accounts.
      env: {
        ...process.env,
        DATABASE_URL: readFileSync(
          path.join(process.env.E2E_DATA_DIR ?? '.data/e2e', 'database-url'),
          'utf8',
        ).trim(),
      },
    },
  );
  if (result.status !== 0)
    throw new Error(`create-admin failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
