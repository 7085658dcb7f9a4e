import { expect, test } from '@playwright/test';

test('the overview shows the startup-fund pledge with its target and the reported figure', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('광주광역시 공약과 보고된 수치');
  const card = page.locator('[data-pledge="startup-fund-500b-won"]');
  await expect(card.getByRole('heading', { name: '창업펀드 5,000억 원 조성' })).toBeVisible();
  await expect(
    card.locator(':scope > .facts').getByText('5,000억 원', { exact: true }),
  ).toBeVisible();
  await expect(card).toContainText('6,192억 원');
  await expect(card).toContainText('2025년 9월');
  await expect(card).toContainText('목표의 123.8% 도달');
  await expect(card).toContainText('민선 8기');
});

test('the startup-fund pledge shows that it was achieved early, and why', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('[data-pledge="startup-fund-500b-won"]');
  await expect(card.locator('[data-status]')).toHaveText('조기 달성');
  await expect(card.getByTestId('status-reason')).toHaveText(
    '목표 5,000억 원 대비 6,192억 원(123.8%)으로 2025년 9월 조기 달성 — 기한 2026년보다 1년 3개월 앞섬',
  );
  await page.goto('/en');
  const english = page.locator('[data-pledge="startup-fund-500b-won"]');
  await expect(english.locator('[data-status]')).toHaveText('Achieved early');
  await expect(english.getByTestId('status-reason')).toContainText(
    '1 year 3 months before the 2026 deadline',
  );
});

test('a card links to how its status was computed, under the pledge on its indicator’s page', async ({
  page,
}) => {
  await page.goto('/');
  const card = page.locator('[data-pledge="startup-fund-500b-won"]');
  await card.getByRole('link', { name: '어떻게 계산했나' }).click();
  await expect(page).toHaveURL(/\/indicators\/startup-fund#pledge-startup-fund-500b-won$/);
  const inputs = page.locator('#pledge-startup-fund-500b-won').getByTestId('status-inputs');
  await inputs.locator('summary').click();
  await expect(inputs.getByTestId('status-input-latest')).toHaveText('6,192억 원 (2025년 9월)');
});

test('a pledge without any reported figure says so plainly', async ({ page }) => {
  await page.goto('/');
  const re100 = page.locator('[data-pledge="gwangju-re100-2035"]');
  await expect(re100).toContainText('2035년');
  await expect(re100.getByText('아직 보고된 수치 없음')).toBeVisible();
  await expect(re100.locator('[data-status]')).toHaveText('판정으로 평가');
  await expect(re100.getByTestId('status-reason')).toHaveText(
    '기한 2035년의 이정표로, 수치가 아니라 근거를 인용한 판정으로 평가함',
  );
});

test('the overview reads in English with English amounts', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const card = page.locator('[data-pledge="startup-fund-500b-won"]');
  await expect(card).toContainText('KRW 500 billion');
  await expect(card).toContainText('KRW 619.2 billion');
  await expect(card).toContainText('123.8% of target reached');
  await expect(page.locator('[data-pledge="gwangju-re100-2035"]')).toContainText(
    'No figure reported yet',
  );
});

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/indicators/startup-fund');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/indicators\/startup-fund$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Startup fund raised');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\/indicators\/startup-fund$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('창업펀드 조성액');
});
