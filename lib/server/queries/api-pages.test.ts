import { describe, expect, it } from 'vitest';
import { GET as pledgesApi } from '../../../app/api/v1/pledges/route.ts';
import { GET as sourcesApi } from '../../../app/api/v1/sources/route.ts';
import type { PledgeDto, SourceDto } from '../../domain/api-v1/schemas.ts';
import { PLEDGE_STATUSES } from '../../domain/pledge-status.ts';
import { useStaffApp } from '../testing/staff-app.ts';

/**
 * The read API's pages are cut where they are read: GET /api/v1/pledges?status= filters every
 * pledge's kept row and reads the page's pledges alone, GET /api/v1/sources reads one page in
 * SQL. Whatever the way, an answer must be what cutting the whole list would give: the same
 * records in the same order, with the same totals, on every page, and an empty page past the last.
 */

useStaffApp();

interface Body<T> {
  data: T[];
  page: { number: number; size: number; totalItems: number; totalPages: number };
  links: { self: string; next: string | null; prev: string | null };
}

const ROUTES = { pledges: pledgesApi, sources: sourcesApi };

async function getFrom<T>(route: keyof typeof ROUTES, query: string): Promise<Body<T>> {
  const response = await ROUTES[route](
    new Request(new URL(`/api/v1/${route}?${query}`, 'http://localhost:3000')),
  );
  expect(response.status, query).toBe(200);
  return (await response.json()) as Body<T>;
}

const get = (query: string) => getFrom<PledgeDto>('pledges', query);

/** Every page of a query, following links.next from the first. */
async function getEveryPage<T>(
  route: keyof typeof ROUTES,
  query: string,
): Promise<{ first: Body<T>; data: T[] }> {
  const first = await getFrom<T>(route, query);
  const data = [...first.data];
  for (let next = first.links.next; next;) {
    const page = await getFrom<T>(route, next.split('?')[1]!);
    data.push(...page.data);
    next = page.links.next;
  }
  return { first, data };
}

const FILTERS = [
  '',
  'theme=startups',
  'administration=min-7',
  'administration=min-8',
  'indicator=startup-fund',
  'theme=startups&administration=min-7',
  'theme=no-such-theme',
];

describe('GET /api/v1/pledges?status=', () => {
  it.each(['2024-06-01', '2026-11-22'])(
    'answers, as of %s, what filtering every matching pledge by status gives, page by page',
    async (asOf) => {
      let checked = 0;
      for (const filter of FILTERS) {
        const query = [filter, `asOf=${asOf}`].filter(Boolean).join('&');
        // Without a status the SQL pages; one page of 500 is every matching pledge.
        const whole = await get(`${query}&pageSize=500`);
        expect(whole.page.totalItems, query).toBe(whole.data.length);
        for (const status of PLEDGE_STATUSES) {
          const expected = whole.data.filter((pledge) => pledge.status.code === status);
          const { first, data } = await getEveryPage<PledgeDto>(
            'pledges',
            `${query}&status=${status}&pageSize=2`,
          );
          expect(data, `${query} ${status}`).toEqual(expected);
          expect(first.page, `${query} ${status}`).toEqual({
            number: 1,
            size: 2,
            totalItems: expected.length,
            totalPages: Math.max(1, Math.ceil(expected.length / 2)),
          });
          if (expected.length > 0) checked += 1;
        }
      }
      // The seed reaches several statuses in these filters, so the pages above were not all empty.
      expect(checked).toBeGreaterThanOrEqual(8);
    },
  );

  it('answers a page past the last empty, with the totals of the filter', async () => {
    const whole = await get('asOf=2026-11-22&pageSize=500');
    const status = whole.data[0]!.status.code;
    const count = whole.data.filter((pledge) => pledge.status.code === status).length;
    const past = await get(`asOf=2026-11-22&status=${status}&pageSize=1&page=${count + 1}`);
    expect(past.data).toEqual([]);
    expect(past.page).toEqual({ number: count + 1, size: 1, totalItems: count, totalPages: count });
    expect(past.links.next).toBeNull();
    expect(past.links.prev).toContain(`page=${count}`);
  });

  it('computes statuses as of today by default, as the unfiltered list does', async () => {
    const whole = await get('pageSize=500');
    const status = whole.data[0]!.status.code;
    const filtered = await get(`status=${status}&pageSize=500`);
    expect(filtered.data).toEqual(whole.data.filter((pledge) => pledge.status.code === status));
  });
});

describe('GET /api/v1/sources', () => {
  it.each([1, 2, 3])('answers, %i a page, the whole list in its order', async (pageSize) => {
    const whole = await getFrom<SourceDto>('sources', 'pageSize=500');
    expect(whole.data.length).toBeGreaterThan(3);
    expect(whole.page.totalItems).toBe(whole.data.length);
    const { first, data } = await getEveryPage<SourceDto>('sources', `pageSize=${pageSize}`);
    expect(data).toEqual(whole.data);
    expect(first.page).toEqual({
      number: 1,
      size: pageSize,
      totalItems: whole.data.length,
      totalPages: Math.ceil(whole.data.length / pageSize),
    });
  });

  it('answers a page past the last empty, with the totals, linking back to the last', async () => {
    const past = await getFrom<SourceDto>('sources', 'pageSize=2&page=50');
    const total = (await getFrom<SourceDto>('sources', 'pageSize=500')).data.length;
    const totalPages = Math.ceil(total / 2);
    expect(past.data).toEqual([]);
    expect(past.page).toEqual({ number: 50, size: 2, totalItems: total, totalPages });
    expect(past.links).toEqual({
      self: '/api/v1/sources?pageSize=2&page=50',
      next: null,
      prev: `/api/v1/sources?pageSize=2&page=${totalPages}`,
    });
  });
});
