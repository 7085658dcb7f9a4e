import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PROGRESS_THRESHOLDS } from '../lib/domain/progress-thresholds';
import { expectNoAxeViolations } from './axe';

/**
 * The methodology page a reader opens from the footer or from a pledge's "how this was computed":
 * the verdict scale with its PolitiFact equivalents, the thresholds the engine really uses, and
 * the inputs behind a status one click away on the indicator page.
 */

// The scale as a reader reads it: Korean name, English name, PolitiFact's rating.
const SCALE = [
  ['COMPLETED', '완료', 'Completed', 'Promise Kept'],
  ['COMPLETED_ONGOING', '이행 후 계속 추진', 'Completed, continuing', 'Promise Kept'],
  ['IN_PROGRESS', '정상 추진', 'Under way', 'In the Works'],
  ['PARTLY_DONE', '일부 추진', 'Partly done', 'Compromise'],
  ['ON_HOLD', '보류', 'On hold', 'Stalled'],
  ['DROPPED', '폐기', 'Dropped', 'Promise Broken'],
  ['NOT_YET_RATED', '미평가', 'Not yet rated', 'Not Yet Rated'],
] as const;

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

for (const locale of ['ko', 'en'] as const) {
  const path = locale === 'ko' ? '/methodology' : '/en/methodology';

  test(`${path} lists the verdict scale with PolitiFact's equivalents`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      locale === 'ko' ? '판정 방법' : 'How pledges are judged',
    );
    const rows = page.getByTestId('verdict-scale').locator('tbody tr');
    await expect(rows).toHaveCount(SCALE.length);
    for (const [index, [rating, ko, en, politifact]] of SCALE.entries()) {
      const row = rows.nth(index);
      await expect(row).toHaveAttribute('id', `verdict-${rating}`);
      await expect(row.getByRole('rowheader')).toHaveText(ko);
      const cells = row.getByRole('cell');
      await expect(cells.nth(0)).toHaveText(en);
      await expect(cells.nth(1)).not.toBeEmpty();
      await expect(cells.nth(2)).toHaveText(politifact);
    }
  });

  test(`${path} states the thresholds the engine uses, and a row for every status`, async ({
    page,
  }) => {
    await page.goto(path);
    const { onTrack, needsAcceleration } = DEFAULT_PROGRESS_THRESHOLDS;
    const thresholds = page.getByTestId('methodology-thresholds');
    await expect(thresholds).toContainText(percent(onTrack));
    await expect(thresholds).toContainText(percent(needsAcceleration));
    await expect(page.locator('#status-ON_TRACK')).toContainText(percent(onTrack));
    await expect(page.locator('#status-NEEDS_ACCELERATION')).toContainText(
      `${percent(needsAcceleration)}`,
    );
    await expect(page.locator('#status-INSUFFICIENT_DATA')).toContainText(
      locale === 'ko' ? '판단 보류' : 'Insufficient data',
    );
    await expect(page.locator('[data-status-row]')).toHaveCount(10);
    await expectNoAxeViolations(page);
  });

  test(`${path} is reached from the footer`, async ({ page }) => {
    await page.goto(locale === 'ko' ? '/sources' : '/en/sources');
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: locale === 'ko' ? '판정 방법' : 'How pledges are judged' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}

test('the methodology page is public: no cookie, a shared cache, no inline script allowed', async ({
  request,
}) => {
  const response = await request.get('/methodology');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
  const scripts = headers['content-security-policy']!.split(';').find((directive) =>
    directive.trim().startsWith('script-src'),
  )!;
  expect(scripts).toContain("'sha256-");
  expect(scripts).not.toContain("'unsafe-inline'");
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/methodology', '/en/methodology', '/indicators/startup-fund']) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      for (const details of await page.getByTestId('status-inputs').all())
        await details.locator('summary').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    });
  }
});

async function openInputs(page: Page, slug: string) {
  const card = page.locator(`#pledge-${slug}`);
  const details = card.getByTestId('status-inputs');
  await expect(details).not.toHaveAttribute('open');
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open');
  return details;
}

test('a pledge shows how its status was computed, one click away', async ({ page }) => {
  await page.goto('/indicators/startup-fund');
  const achieved = await openInputs(page, 'startup-fund-500b-won');
  await expect(achieved.locator('summary')).toHaveText('어떻게 계산했나');
  await expect(achieved.getByTestId('status-input-baseline')).toContainText('가정');
  await expect(achieved.getByTestId('status-input-latest')).toHaveText('6,192억 원 (2025년 9월)');
  await expect(achieved.getByTestId('status-input-points')).toHaveText('1개');
  await expect(achieved).toContainText('목표에 이르렀으므로 속도는 따지지 않습니다.');
  await expect(achieved.getByRole('link', { name: '판정 방법 자세히 보기' })).toHaveAttribute(
    'href',
    '/methodology#status-ACHIEVED',
  );

  const noDeadline = await openInputs(page, 'startup-fund-1t-won');
  await expect(noDeadline).toContainText('기한이 없어 필요한 속도를 정할 수 없으므로');
  await expectNoAxeViolations(page);
});

test('in English, and its link opens the status’s definition', async ({ page }) => {
  await page.goto('/en/indicators/startup-fund');
  const english = await openInputs(page, 'startup-fund-500b-won');
  await expect(english.locator('summary')).toHaveText('How this was computed');
  await expect(english.getByTestId('status-input-latest')).toHaveText(
    'KRW 619.2 billion (Sep 2025)',
  );
  await expect(english).toContainText('assumed');
  await english.getByRole('link', { name: 'How pledges are judged' }).click();
  await expect(page).toHaveURL(/\/en\/methodology#status-ACHIEVED$/);
});

test('a policy is marked as one and judged by verdict', async ({ page }) => {
  await page.goto('/indicators/childbirth-grant');
  const card = page.locator('#pledge-childbirth-grant-1m-won');
  await expect(card.locator('[data-kind="POLICY"]')).toHaveText('정책·사업');
  await expect(card.locator('.status-reason')).toHaveText(
    '2021년부터 시행하기로 한 정책·사업으로, 수치의 진척 속도가 아니라 근거를 인용한 판정으로 평가함',
  );
  const details = await openInputs(page, 'childbirth-grant-1m-won');
  await expect(details).toContainText('근거를 인용한 판정으로 평가합니다');
  await expect(details.getByRole('link', { name: '판정 방법 자세히 보기' })).toHaveAttribute(
    'href',
    '/methodology#status-AWAITING_EVIDENCE',
  );
});
