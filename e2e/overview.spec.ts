import { expect, test } from '@playwright/test';

test('the overview shows the startup-fund pledge with its target and the reported figure', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('광주광역시 공약과 보고된 수치');
  const card = page.locator('[data-pledge="startup-fund-500b-won"]');
  await expect(card.getByRole('heading', { name: '창업펀드 5,000억 원 조성' })).toBeVisible();
  await expect(card.getByText('5,000억 원', { exact: true })).toBeVisible();
  await expect(card).toContainText('6,192억 원');
  await expect(card).toContainText('2025년 9월');
  await expect(card).toContainText('목표의 123.8% 도달');
  await expect(card).toContainText('민선 8기');
});

test('a pledge without any reported figure says so plainly', async ({ page }) => {
  await page.goto('/');
  const re100 = page.locator('[data-pledge="gwangju-re100-2035"]');
  await expect(re100).toContainText('2035년');
  await expect(re100.getByText('아직 보고된 수치 없음')).toBeVisible();
});

test('the overview reads in English with English amounts', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const card = page.locator('[data-pledge="startup-fund-500b-won"]');
  await expect(card).toContainText('KRW 500 billion');
  await expect(card).toContainText('KRW 619.2 billion');
  await expect(card).toContainText('123.8% of target reached');
  await expect(page.locator('[data-pledge="gwangju-re100-2035"]')).toContainText('No figure reported yet');
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
