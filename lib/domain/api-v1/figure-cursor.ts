import { z } from 'zod';
import { SLUG_PATTERN } from '../slug.ts';
import { DATE_PRECISIONS, type DatePrecision } from '../types.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

/**
 * Where a page of /api/v1/figures starts: after the figure with this sort key (date, precision,
 * slug), written and read by cursor.ts.
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
  return encodeCursor([cursor.observedOn, cursor.precision, cursor.slug]);
}

/** Null when the text is not a cursor this API wrote. */
export function decodeFigureCursor(text: string): FigureCursor | null {
  const key = decodeCursor(cursorSchema, text);
  return key && { observedOn: key[0], precision: key[1], slug: key[2] };
}
