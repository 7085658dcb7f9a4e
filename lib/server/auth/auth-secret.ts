import path from 'node:path';
import { readOrCreateSecretFile } from '../secret-file.ts';

const MIN_SECRET_LENGTH = 32;

/**
 * The key that signs session cookies. BETTER_AUTH_SECRET when set (several servers must share
 * one); otherwise `npm start` keeps a random one in the data folder, never in git.
 */
export function readAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.BETTER_AUTH_SECRET;
  if (!secret)
    throw new Error(
      'BETTER_AUTH_SECRET is not set: start the dashboard with `npm start`, which sets it.',
    );
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (it is ${secret.length}).`,
    );
  }
  return secret;
}

/** For `npm start`: the secret from the environment, or the data folder's own (created once). */
export async function readOrCreateAuthSecret(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  if (env.BETTER_AUTH_SECRET) return readAuthSecret(env);
  return readOrCreateSecretFile(path.join(dataDir, 'auth-secret'), 32);
}
