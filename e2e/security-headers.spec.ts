import { expect, test } from '@playwright/test';

test('pages carry a nonce-based Content-Security-Policy that their own scripts satisfy', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/indicators/startup-fund');
  const headers = response!.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
  expect(nonce).toBeTruthy();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // Next put the nonce on its scripts (the browser hides the attribute's value from the DOM, but
  // not from the property).
  const scriptNonces = await page
    .locator('script')
    .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  // The page is interactive under the policy: a new period is fetched and written to the URL.
  await page.getByLabel('기간').selectOption('min-8');
  await expect(page).toHaveURL(/period=min-8/);
  expect(violations).toEqual([]);
});

test('every response gets a new nonce', async ({ request }) => {
  const policies = await Promise.all(
    [1, 2].map(async () => (await request.get('/')).headers()['content-security-policy']),
  );
  expect(policies[0]).not.toBe(policies[1]);
});

test('embeds may be framed by other sites; other pages may not', async ({ request }) => {
  const embed = (await request.get('/en/embed/indicators/startup-fund')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  const overview = (await request.get('/en')).headers();
  expect(overview['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('downloads and the API answer with nosniff too', async ({ request }) => {
  for (const path of [
    '/api/v1/indicators',
    '/downloads?scope=all&format=json',
    '/charts/startup-fund.svg',
  ]) {
    expect((await request.get(path)).headers()['x-content-type-options']).toBe('nosniff');
  }
});
