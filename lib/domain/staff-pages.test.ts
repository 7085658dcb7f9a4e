import { describe, expect, it } from 'vitest';
import { readStaffHomePages, toStaffHomeHref } from './staff-pages.ts';

describe('the staff home address', () => {
  it.each([
    [{ indicators: 1, pledges: 1, sources: 1 }, 'indicators', 1, '/staff#indicators'],
    [{ indicators: 1, pledges: 1, sources: 1 }, 'indicators', 2, '/staff?page=2#indicators'],
    [{ indicators: 3, pledges: 1, sources: 1 }, 'pledges', 2, '/staff?page=3&pledges=2#pledges'],
    [{ indicators: 3, pledges: 2, sources: 4 }, 'sources', 1, '/staff?page=3&pledges=2#sources'],
    [{ indicators: 2, pledges: 1, sources: 1 }, 'indicators', 1, '/staff#indicators'],
  ] as const)('from %j, %s page %i is %s', (pages, list, page, href) => {
    expect(toStaffHomeHref(pages, list, page)).toBe(href);
  });

  it.each([
    [{}, { indicators: 1, pledges: 1, sources: 1 }],
    [
      { page: '4', pledges: '2', sources: '9' },
      { indicators: 4, pledges: 2, sources: 9 },
    ],
    [
      { page: 'x', pledges: ['3', '5'], sources: '-1' },
      { indicators: 1, pledges: 3, sources: 1 },
    ],
  ])('reads %j as %j', (query, pages) => {
    expect(readStaffHomePages(query)).toEqual(pages);
  });

  it('reads back what it writes', () => {
    const pages = { indicators: 7, pledges: 2, sources: 5 };
    const href = toStaffHomeHref(pages, 'pledges', 3);
    const query = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(readStaffHomePages(query)).toEqual({ ...pages, pledges: 3 });
  });
});
