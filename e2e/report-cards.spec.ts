import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** Read-only against the seed: the min-7 card, its counts against the tracker's, its lists. */

const numberIn = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0]);

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test('the min-7 card counts what the tracker shows for the same filter, count by count', async ({
  page,
}) => {
  await page.goto('/report-cards/min-7');
  const links = page.getByTestId('report-tracker-link');
  const targets: { href: string; count: number }[] = [];
  for (const link of await links.all()) {
    const row = link.locator('xpath=ancestor::tr');
    targets.push({
      href: (await link.getAttribute('href'))!,
      count: numberIn(await row.getByTestId('report-count').textContent()),
    });
  }
  // Completed and not yet rated, and the statuses the seed's pledges are in.
  expect(targets.length).toBeGreaterThanOrEqual(4);
  const verdictTotal = (
    await page.getByTestId('report-counts-verdict').getByTestId('report-count').allTextContents()
  ).reduce((sum, text) => sum + numberIn(text), 0);
  expect(verdictTotal).toBe(15);
  for (const { href, count } of targets) {
    expect(href).toMatch(/^\/pledges\?administration=min-7&(verdict|status)=[A-Z_]+$/);
    await page.goto(href);
    await expect(page.getByTestId('tracker-count')).toHaveText(new RegExp(`공약 ${count}개`));
  }
});

test('the quotable line names the counts and the as-of date, in Korean and in English', async ({
  page,
}) => {
  await page.goto('/report-cards/min-7');
  const line = page.getByTestId('report-card-line');
  await expect(line).toHaveText(
    /^민선 7기 공약 15개 중 \d+개 완료, \d+개 정상 추진, .*\(\d{4}년 \d{1,2}월 \d{1,2}일 기준\)\.$/,
  );
  const completed = numberIn(
    await page
      .locator('[data-testid="report-counts-verdict"] tr[data-category="COMPLETED"]')
      .getByTestId('report-count')
      .textContent(),
  );
  await expect(line).toContainText(`${completed}개 완료`);

  await page.goto('/en/report-cards/min-7');
  await expect(page.getByTestId('report-card-line')).toHaveText(
    /^Of the 15 pledges of the 7th elected administration \(2018–2022\), \d+ (is|are) completed, .* \(as of \d{1,2} [A-Z][a-z]{2} \d{4}\)\.$/,
  );
  await expect(page.getByTestId('report-card-line')).toContainText(
    `${completed} ${completed === 1 ? 'is' : 'are'} completed`,
  );
});

test('a count opens the list of its pledges, each linking to the pledge’s page', async ({
  page,
}) => {
  await page.goto('/report-cards/min-7');
  await page
    .locator('[data-testid="report-counts-verdict"] tr[data-category="COMPLETED"]')
    .getByTestId('report-count')
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/#verdict-completed$/);
  const list = page.locator('#verdict-completed');
  await expect(list).toBeInViewport();
  const first = list.getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/pledges\/[a-z0-9-]+$/);
  const title = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('the index has one card per administration, each with its line, linked from tracker and overview', async ({
  page,
}) => {
  await page.goto('/report-cards');
  await expect(page.locator('[data-administration]')).toHaveCount(3);
  const card = page.locator('[data-administration="min-7"]');
  await expect(card.getByTestId('report-card-line')).toHaveText(/^민선 7기 공약 15개 중/);
  for (const from of ['/', '/pledges']) {
    await page.goto(from);
    await page.getByRole('main').getByRole('link', { name: '임기별 공약 성적표' }).click();
    await expect(page).toHaveURL(/\/report-cards$/);
  }
  await expect(
    page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '성적표' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('report cards pass axe and nothing scrolls sideways at 390 px, in both languages', async ({
  page,
}) => {
  // Four pages, each audited and loaded again at phone width: past the default 30 s on two busy cores.
  test.setTimeout(90_000);
  for (const path of [
    '/report-cards',
    '/report-cards/min-7',
    '/en/report-cards',
    '/en/report-cards/min-7',
  ]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await noSidewaysScroll(page);
  }
});

test('an unknown administration is a 404', async ({ page }) => {
  const response = await page.goto('/report-cards/min-99');
  expect(response?.status()).toBe(404);
});
