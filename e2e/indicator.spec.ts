import { expect, test } from '@playwright/test';

test('the indicator chart renders the reported figure and the target at its deadline', async ({
  page,
}) => {
  await page.goto('/indicators/startup-fund');
  const chart = page.getByTestId('indicator-chart');
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute('aria-label', /6,192억 원/);
  // One dot per reported figure, a diamond for the 5,000억 target (faded since raised) and a star where it was reached.
  await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(1);
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(2);
  await expect(chart.locator('.achievement-marker .recharts-scatter-symbol')).toHaveCount(1);
  // The raised 1조 target has no deadline: a level line labelled with the pledge.
  await expect(chart.getByText('창업펀드 1조 원 조성')).toBeVisible();
  await expect(chart.locator('.recharts-yAxis-tick-labels')).toContainText('6,000억');
});

test('the figure table shows each figure exactly, with source and quote', async ({ page }) => {
  await page.goto('/indicators/startup-fund');
  const row = page.getByTestId('figure-table').locator('tbody tr').first();
  await expect(row).toContainText('2025년 9월');
  await expect(row).toContainText('6,192억 원');
  await expect(row).toContainText('619,200,000,000원');
  await expect(row.getByRole('link', { name: /뉴스노크/ })).toBeVisible();
  await expect(row.locator('blockquote')).toContainText(
    '5000억 창업펀드 목표를 조기 달성(6192억원)',
  );
  const pledges = page.getByTestId('pledge-list');
  await expect(pledges).toContainText('민선 8기 · 강기정');
  await expect(pledges).toContainText('1조 원');
});

test('changing the period refetches the chart without a reload and keeps it in the URL', async ({
  page,
}) => {
  await page.goto('/indicators/startup-fund');
  const chart = page.getByTestId('indicator-chart');
  await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(1);
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(2); // the 5,000억 target and its achievement star

  // 민선 7기 had neither figures nor dated targets here: the page says so instead of drawing an empty frame.
  let response = page.waitForResponse((r) =>
    r.url().includes('/api/indicators/startup-fund/chart?period=min-7'),
  );
  await page.getByLabel('기간').selectOption('min-7');
  expect((await response).status()).toBe(200);
  await expect(page.getByText('이 기간에는 보고된 수치나 목표가 없습니다.')).toBeVisible();
  await expect(page).toHaveURL(/period=min-7/);

  response = page.waitForResponse((r) =>
    r.url().includes('/api/indicators/startup-fund/chart?period=min-8'),
  );
  await page.getByLabel('기간').selectOption('min-8');
  expect((await response).status()).toBe(200);
  await expect(page).toHaveURL(/period=min-8/);
  await expect(
    page.getByTestId('indicator-chart').locator('.recharts-line-dots circle'),
  ).toHaveCount(1);

  // A copied link reproduces the view.
  await page.reload();
  await expect(page.getByLabel('기간')).toHaveValue('min-8');
  await expect(
    page.getByTestId('indicator-chart').locator('.recharts-line-dots circle'),
  ).toHaveCount(1);
});

test('amounts can be shown in exact won', async ({ page }) => {
  await page.goto('/indicators/startup-fund?units=exact');
  await expect(page.getByLabel('금액 표시')).toHaveValue('exact');
  await expect(
    page.getByTestId('indicator-chart').locator('.recharts-yAxis-tick-labels'),
  ).toContainText('600,000,000,000');
});

test('the sources page lists every source with the figures and pledges quoted from it', async ({
  page,
}) => {
  await page.goto('/sources');
  await expect(page.locator('.source-item')).toHaveCount(5);
  const article = page.locator('.source-item', { hasText: '뉴스노크' });
  await expect(article).toContainText('6,192억 원');
  await expect(article).toContainText('5000억 창업펀드 목표를 조기 달성(6192억원)');
  await expect(page.locator('.source-item', { hasText: 'KIEP' })).toContainText(
    '인용한 광주시 공약이나 수치는 없습니다',
  );
});
