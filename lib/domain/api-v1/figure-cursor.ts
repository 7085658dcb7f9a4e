import { z } from 'zod';
import { SLUG_PATTERN } from '../slug.ts';
import { DATE_PRECISIONS, type DatePrecision } from '../types.ts';

/**
 * Where a page of /api/v1/figures starts: after the figure with this sort key (date, precision,
 * slug). Opaque to clients (base64url of a small JSON array), so its form may change; a cursor
 * that does not decode to a real key is refused as a bad parameter, never passed to SQL.
 */
export interface FigureCursor {
  observedOn: string;
  precision: DatePrecision;
  slug: string;
}

const cursorSchema = z.tuple([
  z.iso.date(),
  z.enum(DATE_PRECISIONS),
  z.string().regex(SLUG_PATTERN).max(200),
]);

export function encodeFigureCursor(cursor: FigureCursor): string {
  return Buffer.from(JSON.stringify([cursor.observedOn, cursor.precision, cursor.slug])).toString(
    'base64url',
  );
}

/** Null when the text is not a cursor this API wrote. */
export function decodeFigureCursor(text: string): FigureCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString()));
    if (!parsed.success) return null;
    const [observedOn, precision, slug] = parsed.data;
    return { observedOn, precision, slug };
  } catch {
    return null;
  }
}
