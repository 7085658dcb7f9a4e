import { expect, test } from '@playwright/test';

/**
 * What a CDN in front of the dashboard sees: public answers that set no cookie, may be kept by a
 * shared cache for a few seconds and revalidated with a 304; staff pages it must never keep.
 */
const SHARED_CACHE = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

const PUBLIC_PAGES = [
  '/',
  '/en',
  '/indicators/startup-fund?period=min-8',
  '/en/pledges',
  '/sources',
  '/embed/indicators/startup-fund',
];
const PUBLIC_FILES = [
  '/api/v1/indicators',
  '/api/v1/figures?indicator=startup-fund',
  '/api/tracker',
  '/charts/startup-fund.svg',
  '/charts/startup-fund.png?lang=en',
  '/downloads?scope=all&format=json',
];

for (const path of [...PUBLIC_PAGES, ...PUBLIC_FILES]) {
  test(`${path}: no cookie, kept by a shared cache, revalidated with 304`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['set-cookie']).toBeUndefined();
    expect(headers['cache-control']).toMatch(SHARED_CACHE);
    expect(headers['etag']).toMatch(/^W\/"[\w-]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': headers['etag']! } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(headers['etag']);
    expect(await again.body()).toHaveLength(0);
  });
}

test('a HEAD request gets the copy’s headers and tag, without a body', async ({ request }) => {
  const tag = (await request.get('/sources')).headers()['etag'];
  const head = await request.head('/sources', { maxRedirects: 0 });
  expect(head.status()).toBe(200);
  expect(head.headers()['etag']).toBe(tag);
  expect(head.headers()['cache-control']).toMatch(SHARED_CACHE);
  expect(head.headers()['set-cookie']).toBeUndefined();
  expect(await head.body()).toHaveLength(0);
});

test('one address, one tag: another page or language has its own', async ({ request }) => {
  const tags = await Promise.all(
    ['/', '/en', '/sources'].map(async (path) => (await request.get(path)).headers()['etag']),
  );
  expect(new Set(tags).size).toBe(3);
});

test('staff pages stay private: never stored, no tag, a nonce', async ({ request }) => {
  const headers = (await request.get('/staff/sign-in')).headers();
  expect(headers['cache-control']).toContain('no-store');
  expect(headers['cache-control']).toContain('private');
  expect(headers['etag']).toBeUndefined();
  expect(headers['content-security-policy']).toMatch(/'nonce-[^']+'/);
  expect(headers['set-cookie']).toBeUndefined();
});

test('the browser refuses a script injected into a cached public page, and runs the page’s own', async ({
  page,
}) => {
  // As if stored text had slipped through React's escaping: markup added to the HTML on its way
  // to the browser, the response's own headers (its policy) kept.
  await page.route('**/indicators/startup-fund', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    const html = (await response.text()).replace(
      '</body>',
      '<script>window.__injected = "inline";</script>' +
        '<img src="/icon.svg" onload="window.__injectedHandler = true" alt="">' +
        '</body>',
    );
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(event.effectiveDirective),
    );
  });
  const response = await page.goto('/indicators/startup-fund');
  expect(response!.headers()['content-security-policy']).toMatch(/'sha256-/);

  // The page's own inline scripts ran: it hydrated and answers a change of period.
  await page.getByLabel('기간').selectOption('min-8');
  await expect(page).toHaveURL(/period=min-8/);

  // A script created at run time without a listed hash is refused as well.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injectedLater = true';
    document.body.append(script);
  });
  const outcome = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      inline: w.__injected ?? null,
      handler: w.__injectedHandler ?? null,
      later: w.__injectedLater ?? null,
      violations: w.__violations as string[],
    };
  });
  expect(outcome).toMatchObject({ inline: null, handler: null, later: null });
  // Each of the three was reported as refused by the script policy (the element, the handler
  // attribute, the later element), and nothing else was.
  expect(outcome.violations.length, outcome.violations.join()).toBeGreaterThanOrEqual(3);
  for (const directive of outcome.violations) expect(directive).toMatch(/^script-src/);
  expect(outcome.violations).toContain('script-src-attr');
});
