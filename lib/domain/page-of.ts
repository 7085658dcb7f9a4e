/**
 * One page of a list the server cuts into pages: its rows, which page it is and how many there
 * are. `total` comes from a count the database can give cheaply (a small table, or a count it
 * keeps), never from reading every row.
 */
export interface PageOf<T> {
  items: T[];
  /** 1-based, already clamped to the last page. */
  page: number;
  pageCount: number;
  total: number;
}

/**
 * Where a requested page lies in a list of `total` rows: a page past the last shows the last
 * (an old link still opens), and an empty list has one, empty, page.
 */
export function toPageBounds(
  total: number,
  requested: number,
  perPage: number,
): { page: number; pageCount: number; offset: number; limit: number } {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  return { page, pageCount, offset: (page - 1) * perPage, limit: perPage };
}
