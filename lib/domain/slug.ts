/**
 * Slugs name records in URLs. The database CHECKs the same pattern, so anything else (upper case,
 * a stray %00 that URL decoding turned into NUL) cannot name a record and answers 404 before any
 * query — PostgreSQL would reject NUL in text with an error, not a miss.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= 120 && SLUG_PATTERN.test(value);
}
