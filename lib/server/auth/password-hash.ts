import { hash, verify } from '@node-rs/argon2';

/**
 * Staff passwords are hashed with Argon2id (the library's default algorithm) at OWASP's first
 * recommended setting: 19 MiB of memory, 2 passes, 1 lane — about 80 ms a hash on these
 * machines, slow for a guesser, quick for a person. The PHC string carries its own parameters,
 * so raising them later still verifies old hashes.
 */
const ARGON2ID_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword({
  hash: stored,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  // Only Argon2id hashes are ever written; anything else is not a credential of ours.
  if (!stored.startsWith('$argon2id$')) return false;
  return verify(stored, password);
}
