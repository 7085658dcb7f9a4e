import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Every response is checked against the OpenAPI document the API serves about itself. */
async function loadValidators(request: APIRequestContext) {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe('3.1.0');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return (path: string, status = '200') => {
    const schema = document.paths[path].get.responses[status].content['application/json'].schema;
    return ajv.compile(schema);
  };
}

test('every endpoint answers what its OpenAPI schema describes', async ({ request }) => {
  const validatorFor = await loadValidators(request);
  for (const [path, url] of [
    ['/api/v1/indicators', '/api/v1/indicators'],
    ['/api/v1/indicators/{slug}', '/api/v1/indicators/startup-fund'],
    ['/api/v1/figures', '/api/v1/figures'],
    ['/api/v1/pledges', '/api/v1/pledges'],
    ['/api/v1/sources', '/api/v1/sources'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const validate = validatorFor(path);
    const body = await response.json();
    expect(validate(body), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
});

test('the health check says ready as its OpenAPI schema describes, with no cookie and no caching', async ({
  request,
}) => {
  const validatorFor = await loadValidators(request);
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = await response.json();
  expect(body).toMatchObject({
    status: 'ok',
    database: 'ok',
    migrations: { status: 'ok', pending: [] },
  });
  expect(body.migrations.applied).toBe(body.migrations.expected);
  const validate = validatorFor('/api/health');
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
});

test('figures and pledges carry exact values, sources and computed statuses', async ({
  request,
}) => {
  const figures = await (await request.get('/api/v1/figures?indicator=startup-fund')).json();
  expect(figures.data).toHaveLength(1);
  expect(figures.data[0]).toMatchObject({
    value: '619200000000',
    unit: 'KRW',
    display: { ko: '6,192억 원', en: 'KRW 619.2 billion' },
    date: '2025-09',
    datePrecision: 'MONTH',
    source: { publisher: '뉴스노크', published: '2025-09', publishedInferred: true },
  });
  expect(figures.data[0].quote).toContain('5000억 창업펀드 목표를 조기 달성(6192억원)');

  const pledges = await (
    await request.get('/api/v1/pledges?indicator=startup-fund&asOf=2026-11-22')
  ).json();
  const fund = pledges.data.find(
    (pledge: { slug: string }) => pledge.slug === 'startup-fund-500b-won',
  );
  expect(fund.status).toMatchObject({
    code: 'ACHIEVED',
    label: { ko: '조기 달성', en: 'Achieved early' },
    monthsEarly: 15,
    asOf: '2026-11-22',
  });
  expect(fund.status.reason.ko).toBe(
    '목표 5,000억 원 대비 6,192억 원(123.8%)으로 2025년 9월 조기 달성 — 기한 2026년보다 1년 3개월 앞섬',
  );

  // As of a day before the figure was reported, the same pledge had no figure yet.
  const before = await (
    await request.get('/api/v1/pledges?indicator=startup-fund&asOf=2025-08-31&status=NO_FIGURE')
  ).json();
  expect(before.data.map((pledge: { slug: string }) => pledge.slug)).toContain(
    'startup-fund-500b-won',
  );
});

test('pages link to each other and add up to the whole', async ({ request }) => {
  const first = await (await request.get('/api/v1/figures?pageSize=5')).json();
  expect(first.page).toMatchObject({ number: 1, size: 5 });
  expect(first.links.prev).toBeNull();
  const slugs: string[] = first.data.map((figure: { slug: string }) => figure.slug);
  let next = first.links.next;
  while (next) {
    const page = await (await request.get(next)).json();
    slugs.push(...page.data.map((figure: { slug: string }) => figure.slug));
    next = page.links.next;
  }
  expect(slugs).toHaveLength(first.page.totalItems);
  expect(new Set(slugs).size).toBe(slugs.length);
});

test('figures page by cursor at any depth; page numbers stop where a cursor is needed', async ({
  request,
}) => {
  const first = await (
    await request.get('/api/v1/figures?pageSize=5&indicator=startup-fund')
  ).json();
  const byNumber = await (await request.get('/api/v1/figures?pageSize=5&page=2')).json();
  const start = await (await request.get('/api/v1/figures?pageSize=5')).json();
  expect(start.links.next).toMatch(/^\/api\/v1\/figures\?pageSize=5&cursor=[\w-]+$/);
  const byCursor = await (await request.get(start.links.next)).json();
  expect(byCursor.data).toEqual(byNumber.data);
  expect(byCursor.page).toMatchObject({ number: null, size: 5 });
  expect(first.page.totalItems).toBe(first.data.length);
  expect(first.links.next).toBeNull();

  // A date range is not counted (it would mean reading every figure in it); next links still work.
  const ranged = await (await request.get('/api/v1/figures?from=2020-01-01&pageSize=2')).json();
  expect(ranged.page).toMatchObject({ totalItems: null, totalPages: null });
  expect(ranged.links.next).toContain('cursor=');

  for (const [url, message] of [
    ['/api/v1/figures?page=101', /links\.next/],
    ['/api/v1/figures?cursor=not-a-cursor', /cursor of a links\.next link/],
    [
      `/api/v1/figures?page=2&cursor=${new URL(start.links.next, 'http://x').searchParams.get('cursor')}`,
      /either page or cursor/,
    ],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect((await response.json()).error.message, url).toMatch(message);
  }
});

test('responses carry an ETag and answer 304 when it still matches', async ({ request }) => {
  const response = await request.get('/api/v1/indicators');
  const etag = response.headers()['etag'];
  expect(etag).toMatch(/^W\/"[\w-]+"$/);
  expect(response.headers()['cache-control']).toContain('s-maxage=');
  const again = await request.get('/api/v1/indicators', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  const other = await request.get('/api/v1/indicators', {
    headers: { 'If-None-Match': '"something-else"' },
  });
  expect(other.status()).toBe(200);
});

for (const [url, parameter] of [
  ['/api/v1/figures?page=0', 'page'],
  ['/api/v1/figures?page=two', 'page'],
  ['/api/v1/figures?pageSize=1000', 'pageSize'],
  ['/api/v1/figures?from=2025-13-01', 'from'],
  ['/api/v1/figures?indicator=Startup%20Fund', 'indicator'],
  ['/api/v1/figures?colour=blue', 'colour'],
  ['/api/v1/figures?page=1&page=2', 'page'],
  ['/api/v1/pledges?status=GREAT', 'status'],
  ['/api/v1/pledges?asOf=yesterday', 'asOf'],
  ['/api/v1/indicators?theme=%00', 'theme'],
  ['/api/v1/indicators/startup-fund?verbose=1', 'verbose'],
] as const) {
  test(`${url} answers 400 naming "${parameter}"`, async ({ request }) => {
    const validatorFor = await loadValidators(request);
    const response = await request.get(url);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toContain(`"${parameter}"`);
    const path = url.startsWith('/api/v1/indicators/startup-fund')
      ? '/api/v1/indicators/{slug}'
      : url.split('?')[0]!;
    const validate = validatorFor(path, '400');
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });
}

test('an unknown indicator answers 404', async ({ request }) => {
  const response = await request.get('/api/v1/indicators/no-such-indicator');
  expect(response.status()).toBe(404);
  expect((await response.json()).error.message).toBe('No indicator "no-such-indicator".');
});

test('the API page is linked from every page footer and lists every endpoint', async ({ page }) => {
  await page.goto('/indicators/startup-fund');
  await page.getByRole('contentinfo').getByRole('link', { name: '읽기 API' }).click();
  await expect(page).toHaveURL(/\/developers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('읽기 API');
  for (const path of [
    '/api/v1/indicators',
    '/api/v1/indicators/{slug}',
    '/api/v1/figures',
    '/api/v1/pledges',
    '/api/v1/sources',
  ]) {
    await expect(page.getByText(`GET ${path}`, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'OpenAPI 3.1 문서' })).toHaveAttribute(
    'href',
    '/api/v1/openapi.json',
  );
});
