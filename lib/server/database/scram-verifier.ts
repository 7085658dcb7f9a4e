import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677), computed here the
 * way psql's `\password` does, so `ALTER ROLE … PASSWORD '<verifier>'` never carries the password
 * itself: a server logging DDL (`log_statement = 'ddl'`) would otherwise write it to its log.
 *
 * PostgreSQL normalises a password with SASLprep first. For printable ASCII that is the identity,
 * so only such passwords get a verifier; for any other, null, and the caller sends the password
 * (quoted) for the server to hash itself.
 */
const ITERATIONS = 4096; // PostgreSQL's default scram_iterations

export function toScramVerifier(password: string): string | null {
  if (!/^[\x20-\x7e]*$/.test(password)) return null;
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${ITERATIONS}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
