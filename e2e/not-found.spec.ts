import { expect, test } from '@playwright/test';

for (const [path, heading] of [
  ['/indicators/no-such-indicator', '페이지를 찾을 수 없습니다'],
  ['/no/such/page', '페이지를 찾을 수 없습니다'],
  ['/en/indicators/no-such-indicator', 'Page not found'],
  ['/en/no/such/page', 'Page not found'],
  ['/indicators/Startup-Fund', '페이지를 찾을 수 없습니다'],
  ['/indicators/%00', '페이지를 찾을 수 없습니다'],
] as const) {
  test(`${path} answers 404 with a friendly page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation').first()).toBeVisible();
  });
}

test('an unknown indicator in the data URLs answers 404 without internals', async ({ request }) => {
  const download = await request.get(
    '/downloads?scope=indicator&slug=no-such-indicator&format=csv',
  );
  expect(download.status()).toBe(404);
  const badDownload = await request.get('/downloads?scope=indicator&slug=%00&format=csv');
  expect(badDownload.status()).toBe(400);
  expect((await badDownload.json()).error.parameter).toBe('slug');
  const chart = await request.get('/api/indicators/no-such-indicator/chart');
  expect(chart.status()).toBe(404);
  expect(await chart.json()).toEqual({
    error: { status: 404, message: 'No indicator "no-such-indicator".' },
  });
  for (const slug of ['%00', 'STARTUP-FUND', '%E2%80%AE']) {
    expect((await request.get(`/api/indicators/${slug}/chart`)).status()).toBe(404);
  }
  const bad = await request.get('/api/indicators/startup-fund/chart?period=min-99');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('period');
});
