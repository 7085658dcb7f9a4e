import { spawnSync } from 'node:child_process';

/**
 * Makes a staff account the way the README tells an operator to: with the create-admin command,
 * the password on standard input, against the database the end-to-end server is running on.
 */
export function createStaffAccount(options: { email: string; name: string; role: 'admin' | 'editor'; password: string }) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=react-server', 'scripts/create-admin.ts', '--email', options.email, '--name', options.name, '--role', options.role],
    {
      input: `${options.password}\n`,
      encoding: 'utf8',
      env: { ...process.env, PLEDGEBOARD_DATA_DIR: '.data/e2e', PLEDGEBOARD_DB_PORT: process.env.E2E_DB_PORT ?? '54349' },
    },
  );
  if (result.status !== 0) throw new Error(`create-admin failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
