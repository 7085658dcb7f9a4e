import { toPageNumber } from './page-number.ts';

/**
 * How much each staff list shows at once. The staff pages read what they show, like the public
 * ones: a page of each list, never a whole table of figures (10 million of them at full size).
 */

/** Indicators per page of the staff home, each with its few newest figures. */
export const STAFF_INDICATORS_PER_PAGE = 20;
/** Newest figures shown under each indicator on the staff home; its own page has the rest. */
export const STAFF_RECENT_FIGURES = 5;
/** Pledges and sources per page of the staff home. */
export const STAFF_PLEDGES_PER_PAGE = 50;
export const STAFF_SOURCES_PER_PAGE = 50;
/** Figures per page of an indicator's staff page. */
export const STAFF_FIGURES_PER_PAGE = 100;

/** Which page of each of the staff home's three lists is shown (each from 1). */
export interface StaffHomePages {
  indicators: number;
  pledges: number;
  sources: number;
}

/** The query parameter that holds each list's page. */
const PARAMETERS: Record<keyof StaffHomePages, string> = {
  indicators: 'page',
  pledges: 'pledges',
  sources: 'sources',
};

/**
 * The staff home's address showing `list` at `page` and the other lists where they are, scrolled
 * to that list's heading. A first page is left out of the address.
 */
export function toStaffHomeHref(
  pages: StaffHomePages,
  list: keyof StaffHomePages,
  page: number,
): string {
  const wanted = { ...pages, [list]: page };
  const search = new URLSearchParams();
  for (const key of Object.keys(PARAMETERS) as (keyof StaffHomePages)[])
    if (wanted[key] > 1) search.set(PARAMETERS[key], String(wanted[key]));
  const query = search.toString();
  return `/staff${query ? `?${query}` : ''}#${list}`;
}

/** The pages the staff home's address asks for (a missing or malformed one: the first). */
export function readStaffHomePages(
  query: Record<string, string | string[] | undefined>,
): StaffHomePages {
  return {
    indicators: toPageNumber(query[PARAMETERS.indicators]),
    pledges: toPageNumber(query[PARAMETERS.pledges]),
    sources: toPageNumber(query[PARAMETERS.sources]),
  };
}
