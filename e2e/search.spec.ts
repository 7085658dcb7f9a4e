import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const BEST_PRACTICE_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

test('the header box finds part of a Korean word through a plain GET form', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: '대시보드 검색' });
  await box.fill('펀드');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%ED%8E%80%EB%93%9C$/);
  const result = page.getByRole('link', { name: '창업펀드 조성액' });
  await expect(result).toBeVisible();
  await expect(page.locator('mark').first()).toHaveText('펀드');
  await result.click();
  await expect(page).toHaveURL(/\/indicators\/startup-fund$/);
});

test('the English header box finds names in any case and quotes from three letters', async ({
  page,
}) => {
  await page.goto('/en');
  await page.getByRole('searchbox', { name: 'Search the dashboard' }).fill('STARTUP FUND');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=STARTUP\+FUND$/);
  await expect(page.getByRole('heading', { name: 'Indicators' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Startup fund raised' }).first()).toHaveAttribute(
    'href',
    '/en/indicators/startup-fund',
  );
  const results = await new AxeBuilder({ page }).withTags(BEST_PRACTICE_AA).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('Korean text found on the English page is marked as Korean', async ({ page }) => {
  await page.goto('/en/search?q=' + encodeURIComponent('광주시'));
  const figures = page.getByRole('region', { name: 'Figures (quotes)' });
  await expect(figures.locator('.search-result__matched').first()).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('link', { name: 'Startup fund raised' }).first()).not.toHaveAttribute(
    'lang',
    /./,
  );
});

test('a search of quotes links to the figure, and the page passes axe', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('창업펀드 목표'));
  const figures = page.getByRole('region', { name: '수치(인용문)' });
  await expect(figures.getByRole('link').first()).toHaveAttribute(
    'href',
    '/figures/startup-fund-2025-09',
  );
  await expect(figures.locator('mark').first()).toHaveText('창업펀드 목표');
  const results = await new AxeBuilder({ page }).withTags(BEST_PRACTICE_AA).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('a source found by its publisher opens on its entry in the sources list', async ({ page }) => {
  await page.goto('/search?q=' + encodeURIComponent('뉴스노크'));
  const sources = page.getByRole('region', { name: '출처' });
  const link = sources.getByRole('link').first();
  await expect(link).toHaveAttribute(
    'href',
    '/sources?source=newsnok-2025-09-hangzhou#newsnok-2025-09-hangzhou',
  );
  await link.click();
  await expect(page).toHaveURL(
    /\/sources\?source=newsnok-2025-09-hangzhou#newsnok-2025-09-hangzhou$/,
  );
  await expect(page.locator('#newsnok-2025-09-hangzhou')).toBeInViewport();
});

test('bad searches get a sentence, never an error page', async ({ page, request }) => {
  const cases: [string, string][] = [
    ['', '찾을 말을 입력하세요'],
    ['a%00b', '검색할 수 없는 문자'],
    ['가'.repeat(201), '검색어가 너무 깁니다'],
  ];
  for (const [query, text] of cases) {
    const response = await page.goto(`/search?q=${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main').getByRole('alert')).toContainText(text);
  }
  const results = await new AxeBuilder({ page }).withTags(BEST_PRACTICE_AA).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  const api = await request.get('/api/v1/search?q=a%00b');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.parameter).toBe('q');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header box fits the screen and nothing scrolls sideways', async ({ page }) => {
    await page.goto('/en');
    const box = page.getByRole('searchbox', { name: 'Search the dashboard' });
    await expect(box).toBeVisible();
    const button = await page.getByRole('button', { name: 'Search', exact: true }).boundingBox();
    expect(button!.x + button!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await box.fill('창업');
    await box.press('Enter');
    await expect(page.getByRole('link', { name: /창업|Startup/ }).first()).toBeVisible();
  });
});
