import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Read-only against the seed: the Atom feed parses, carries the seed's changes, and the API agrees. */

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  href: string;
}

/** The feed as the browser's XML parser reads it: a parse error fails the test. */
async function readAtom(page: Page, request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const ns = 'http://www.w3.org/2005/Atom';
    const child = (node: Element, name: string) =>
      node.getElementsByTagNameNS(ns, name)[0]?.textContent ?? '';
    const feed = doc.documentElement;
    return {
      error,
      root: feed.namespaceURI === ns ? feed.localName : null,
      lang: feed.getAttribute('xml:lang'),
      id: child(feed, 'id'),
      updated: child(feed, 'updated'),
      entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
        id: child(entry, 'id'),
        title: child(entry, 'title'),
        updated: child(entry, 'updated'),
        href:
          [...entry.getElementsByTagNameNS(ns, 'link')]
            .find((link) => link.getAttribute('rel') === 'alternate')
            ?.getAttribute('href') ?? '',
      })),
    };
  }, xml);
}

test('the Atom feed parses, newest first, with the seed’s published verdicts', async ({
  page,
  request,
}) => {
  await page.goto('/report-cards');
  const feed = await readAtom(page, request, '/feed.xml');
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('feed');
  expect(feed.lang).toBe('ko');
  expect(feed.id).toMatch(/^tag:/);
  expect(feed.entries.length).toBeGreaterThan(0);
  expect(feed.entries.length).toBeLessThanOrEqual(50);
  expect(feed.updated).toBe(feed.entries[0]!.updated);
  const times = feed.entries.map((entry) => entry.updated);
  expect(times).toEqual([...times].sort().reverse());
  const completed = feed.entries.filter((entry) => entry.title.startsWith('판정: 완료 — '));
  expect(completed.length).toBeGreaterThan(0);
  expect(completed[0]!.href).toMatch(/^https?:\/\/[^/]+\/pledges\/[a-z0-9-]+#verdict$/);
  for (const entry of feed.entries) expect(entry.href).toMatch(/^https?:\/\//);

  const english = await readAtom(page, request, '/feed.xml?lang=en');
  expect(english.lang).toBe('en');
  expect(english.entries.map((entry) => entry.id)).toEqual(feed.entries.map((entry) => entry.id));
  expect(english.entries.some((entry) => entry.title.startsWith('Verdict: Completed — '))).toBe(
    true,
  );
});

test('an indicator’s feed has its seed figures, linking to their history', async ({
  page,
  request,
}) => {
  await page.goto('/indicators/startup-fund');
  const href = await page
    .locator('link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute('href');
  expect(href).toMatch(/\/feed\.xml\?indicator=startup-fund$/);
  const feed = await readAtom(page, request, new URL(href!).pathname + new URL(href!).search);
  expect(feed.error).toBeNull();
  const figures = feed.entries.filter((entry: AtomEntry) => entry.title.startsWith('새 수치: '));
  expect(figures.length).toBeGreaterThan(0);
  expect(figures[0]!.title).toContain('6,192억 원');
  expect(figures[0]!.href).toMatch(/\/figures\/[a-z0-9-]+$/);
  const history = await page.goto(new URL(figures[0]!.href).pathname);
  expect(history?.status()).toBe(200);
});

test('/api/v1/feed answers the same entries, as its OpenAPI schema describes, paging by cursor', async ({
  page,
  request,
}) => {
  await page.goto('/report-cards');
  const feed = await readAtom(page, request, '/feed.xml?administration=min-7');
  const response = await request.get('/api/v1/feed?administration=min-7');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.data.map((entry: { id: string }) => entry.id)).toEqual(
    feed.entries.map((entry) => entry.id),
  );
  expect(body.data.map((entry: { title: { ko: string } }) => entry.title.ko)).toEqual(
    feed.entries.map((entry) => entry.title),
  );
  expect(body.data.map((entry: { links: { ko: string } }) => entry.links.ko)).toEqual(
    feed.entries.map((entry) => entry.href),
  );

  const document = await (await request.get('/api/v1/openapi.json')).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(
    document.paths['/api/v1/feed'].get.responses['200'].content['application/json'].schema,
  );
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);

  // The whole site's changes outnumber a page: the next one follows on, older, without repeats.
  const first = await (await request.get('/api/v1/feed')).json();
  expect(first.data).toHaveLength(50);
  expect(first.links.next).toMatch(/^\/api\/v1\/feed\?cursor=/);
  const second = await (await request.get(first.links.next)).json();
  expect(second.data.length).toBeGreaterThan(0);
  expect(second.data[0].updated <= first.data.at(-1).updated).toBe(true);
  const ids = new Set(first.data.map((entry: { id: string }) => entry.id));
  expect(second.data.some((entry: { id: string }) => ids.has(entry.id))).toBe(false);
  expect(
    [...first.data, ...second.data].some((entry: { kind: string }) => entry.kind === 'figure-new'),
  ).toBe(true);
});

test('a bad parameter is a 400 naming it, an unknown subject a 404', async ({ request }) => {
  for (const [url, status, parameter] of [
    ['/feed.xml?lang=fr', 400, 'lang'],
    ['/feed.xml?indicator=Not_A_Slug', 400, 'indicator'],
    ['/feed.xml?indicator=startup-fund&administration=min-7', 400, 'administration'],
    ['/feed.xml?page=2', 400, 'page'],
    ['/api/v1/feed?cursor=not-a-cursor', 400, 'cursor'],
    ['/api/v1/feed?lang=en', 400, 'lang'],
    ['/feed.xml?administration=min-99', 404, 'administration'],
    ['/api/v1/feed?indicator=no-such-indicator', 404, 'indicator'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect((await response.json()).error.parameter, url).toBe(parameter);
  }
});

test('the overview and report cards announce their feeds', async ({ page, request }) => {
  for (const [path, feed] of [
    ['/', '/feed.xml'],
    ['/en', '/feed.xml?lang=en'],
    ['/report-cards/min-7', '/feed.xml?administration=min-7'],
  ] as const) {
    await page.goto(path);
    const href = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    const url = new URL(href!);
    expect(url.pathname + url.search, path).toBe(feed);
    expect((await request.get(feed)).status()).toBe(200);
  }
});
