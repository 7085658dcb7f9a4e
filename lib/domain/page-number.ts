/**
 * The page a `?page=` parameter asks for: a whole number from 1, anything else the first page (an
 * old or mistyped link still opens). A page past the last is the reader's to clamp.
 */
export function toPageNumber(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,7}$/.test(text)) return 1;
  return Math.max(1, Number(text));
}
