import { expect, test, type Page } from '@playwright/test';

const rowSlugs = (page: Page) =>
  page
    .getByTestId('tracker-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pledge')));

test('filtering and sorting ask the server for the view without a reload, and a copied link reproduces it', async ({
  page,
  context,
}) => {
  await page.goto('/pledges');
  const total = await page.getByTestId('tracker-table').locator('tbody tr').count();
  expect(total).toBeGreaterThanOrEqual(19);

  // No document request may happen while filtering: the table asks /api/tracker for each view.
  const documentRequests: string[] = [];
  const viewRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentRequests.push(request.url());
    if (new URL(request.url()).pathname === '/api/tracker') viewRequests.push(request.url());
  });
  await page.getByLabel('주제', { exact: true }).selectOption('energy-climate');
  await page.getByLabel('상태', { exact: true }).selectOption('AWAITING_EVIDENCE');
  await page.getByRole('button', { name: '기한' }).click(); // deadline was ascending: now descending
  await expect(page).toHaveURL(
    /\/pledges\?theme=energy-climate&status=AWAITING_EVIDENCE&direction=desc$/,
  );
  await expect(page.getByRole('columnheader', { name: '기한' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const filtered = await rowSlugs(page);
  expect(filtered).toEqual([
    'carbon-neutral-city-2045',
    'gwangju-re100-2035',
    'corporate-re100-2030',
  ]);
  expect(documentRequests).toEqual([]);
  expect(viewRequests.at(-1)).toMatch(
    /\/api\/tracker\?theme=energy-climate&status=AWAITING_EVIDENCE&direction=desc$/,
  );
  await expect(page.getByTestId('status-count-summary')).toHaveText(
    '표시된 공약 3개의 상태: 판정으로 평가 3.',
  );

  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByLabel('주제', { exact: true })).toHaveValue('energy-climate');
  expect(await rowSlugs(fresh)).toEqual(filtered);
});

test('the startup-fund pledge reads as achieved early in the tracker, in both languages', async ({
  page,
}) => {
  await page.goto('/pledges?status=ACHIEVED');
  const row = page.locator('tr[data-pledge="startup-fund-500b-won"]');
  await expect(row.locator('[data-status]')).toHaveText('조기 달성');
  await expect(row).toContainText('2025년 9월 조기 달성');
  await page.goto('/en/pledges?status=ACHIEVED');
  await expect(page.locator('tr[data-pledge="startup-fund-500b-won"] [data-status]')).toHaveText(
    'Achieved early',
  );
});

test('a filter that matches nothing says so', async ({ page }) => {
  await page.goto('/pledges?theme=family&administration=min-8');
  await expect(page.getByTestId('tracker-empty')).toHaveText(
    '조건에 맞는 공약이 없습니다. 조건을 바꾸거나 초기화하세요.',
  );
  await page.getByRole('button', { name: '조건 초기화' }).click();
  await expect(page).toHaveURL(/\/pledges$/);
  await expect(page.getByTestId('tracker-table').locator('tbody tr').first()).toBeVisible();
});

test('an unreadable view in the URL falls back to the full table', async ({ page }) => {
  const response = await page.goto('/pledges?status=NONSENSE&sort=%00');
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel('상태', { exact: true })).toHaveValue('all');
});
