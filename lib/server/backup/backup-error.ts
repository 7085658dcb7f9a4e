/**
 * A refusal the operator can act on (a damaged archive, a non-empty target, a newer schema):
 * the commands print its message alone, without a stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
