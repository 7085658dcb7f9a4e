import type { z } from 'zod';

/**
 * The opaque cursors of the read API's keyset pages (/api/v1/figures, /api/v1/feed): the sort
 * key of the last item on a page, as base64url of a small JSON array. Clients pass it back as it
 * is; its form may change. A text that does not decode to a key the schema accepts is refused as
 * a bad parameter, never passed to SQL.
 */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key, or null when the text is not a cursor this API wrote. */
export function decodeCursor<T>(schema: z.ZodType<T>, text: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
