import { describe, expect, it } from 'vitest';
import { GET as searchApi } from '../../../app/api/v1/search/route.ts';
import { useStaffApp } from '../testing/staff-app.ts';

// As the web server's role (useStaffApp), so the trigram indexes and operators need no grant.
useStaffApp();

const get = (query: string) =>
  searchApi(new Request(new URL(`/api/v1/search?${query}`, 'http://localhost:3000')));

interface Body {
  query: string;
  complete?: boolean;
  data: { kind: string; slug: string; rank: number; links: { page: string } }[];
  error?: { message: string; parameter?: string };
}

describe('GET /api/v1/search', () => {
  it('answers hits with their pages, names first', async () => {
    // Quotes have a time limit of a few tens of milliseconds (search.ts); on a machine busy with
    // other tests a cold first search may pass it and answer without quotes, saying so. Ask
    // again until an answer is complete (the limit itself is tested in with-statement-timeout.test.ts).
    let body: Body | undefined;
    for (let attempt = 0; attempt < 5 && body?.complete !== true; attempt += 1) {
      const response = await get(`q=${encodeURIComponent('창업펀드')}`);
      expect(response.status).toBe(200);
      body = (await response.json()) as Body;
    }
    if (!body) throw new Error('no answer');
    expect(body.complete).toBe(true);
    expect(body.query).toBe('창업펀드');
    expect(body.data[0]).toMatchObject({
      kind: 'indicator',
      slug: 'startup-fund',
      links: { page: '/indicators/startup-fund' },
    });
    const kinds = body.data.map((hit) => hit.kind);
    expect(kinds.indexOf('figure')).toBeGreaterThan(kinds.lastIndexOf('indicator'));
  });

  it('keeps to one kind and the limit', async () => {
    const body = (await (await get('q=startup&kind=indicator&limit=1')).json()) as Body;
    expect(body.data).toHaveLength(1);
    expect(body.data[0]?.kind).toBe('indicator');
  });

  it.each([
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=a%00b', 'q'],
    ['q=a%0Ab', 'q'],
    ['', 'q'],
    ['q=x&kind=quotes', 'kind'],
    ['q=x&limit=0', 'limit'],
    ['q=x&limit=51', 'limit'],
    ['q=x&sort=rank', 'sort'],
  ])('answers 400 naming the parameter for %j', async (query, parameter) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.error?.parameter).toBe(parameter);
  });

  it.each([['%25'], ['_'], ["'"], ['%25%27%20OR%201%3D1--']])(
    'answers 200 for %j, taken literally',
    async (q) => {
      expect((await get(`q=${q}`)).status).toBe(200);
    },
  );
});
