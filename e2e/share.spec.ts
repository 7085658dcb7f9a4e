import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function download(page: Page, format: 'png' | 'svg') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`.chart-share a[data-format="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the chart downloads as PNG and SVG in the view on screen, with its sources and as-of date drawn in', async ({
  page,
}) => {
  await page.goto('/indicators/startup-fund?period=min-8');
  const png = await download(page, 'png');
  expect(png.name).toMatch(/^pledgeboard-gwangju-startup-fund-min-8-ko-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: 2400, height: 1350 });

  const svg = (await download(page, 'svg')).bytes.toString('utf8');
  expect(svg).toContain('<title id="chart-title">창업펀드 조성액 (민선 8기)</title>');
  expect(svg).toContain('>6,192억 원</text>');
  expect(svg).toMatch(/>출처: 뉴스노크 「[^<]*」\(2025년 9월\)/);
  expect(svg).toMatch(
    />\d{4}년 \d{1,2}월 \d{1,2}일 기준 · [^<]*http:\/\/localhost:\d+\/indicators\/startup-fund\?period=min-8<\/text>/,
  );
});

test('the English page downloads an English image', async ({ page }) => {
  await page.goto('/en/indicators/startup-fund');
  const svg = (await download(page, 'svg')).bytes.toString('utf8');
  expect(svg).toContain('>KRW 619.2 billion</text>');
  expect(svg).toMatch(/>Sources: 뉴스노크, “[^<]*” \(Sep 2025\)/);
  expect(svg).toMatch(/>As of \d{1,2} \w{3} \d{4} · [^<]*\/en\/indicators\/startup-fund<\/text>/);
});

test('the embed code follows the chosen period and embeds a page with its citation and a link back', async ({
  page,
}) => {
  await page.goto('/indicators/startup-fund');
  await page.getByLabel('기간').selectOption('min-8');
  const code = page.getByLabel('다른 웹페이지에 넣기 (embed 코드)');
  await expect(code).toHaveValue(
    /^<iframe src="http:\/\/localhost:\d+\/embed\/indicators\/startup-fund\?period=min-8" title="창업펀드 조성액 — Pledgeboard"/,
  );
  const src = /src="([^"]+)"/.exec(await code.inputValue())![1]!;

  await page.goto(src);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('창업펀드 조성액 (민선 8기)');
  // The embed cites the period it was made for, so the period cannot be switched inside it.
  await expect(page.getByLabel('기간')).toHaveCount(0);
  await expect(page.getByTestId('indicator-chart')).toBeVisible();
  const citation = page.getByTestId('embed-citation');
  await expect(citation).toContainText('출처: 뉴스노크 「');
  await expect(citation).toContainText(/\d{4}년 \d{1,2}월 \d{1,2}일 기준/);
  await expect(citation.getByRole('link')).toHaveAttribute(
    'href',
    '/indicators/startup-fund?period=min-8',
  );
});

test('a shared indicator link previews as its chart', async ({ page, request }) => {
  await page.goto('/en/indicators/startup-fund');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/^http:\/\/localhost:\d+\/charts\/startup-fund\.png\?lang=en&size=og$/);
  const response = await request.get(image!);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});

test('a shared link with a mistyped period previews the chart it shows, not an error', async ({
  page,
  request,
}) => {
  await page.goto('/indicators/startup-fund?period=min-99&units=exact');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/\/charts\/startup-fund\.png\?lang=ko&size=og&units=exact$/);
  expect((await request.get(image!)).status()).toBe(200);
});

test('a chart image with a bad parameter or an unknown indicator says what was wrong', async ({
  request,
}) => {
  const badPeriod = await request.get('/charts/startup-fund.svg?period=min-99');
  expect(badPeriod.status()).toBe(400);
  expect((await badPeriod.json()).error).toMatchObject({ parameter: 'period' });
  const badLang = await request.get('/charts/startup-fund.png?lang=fr');
  expect(badLang.status()).toBe(400);
  expect((await badLang.json()).error.message).toContain('"lang"');
  expect((await request.get('/charts/no-such-indicator.png')).status()).toBe(404);
  expect((await request.get('/charts/startup-fund.gif')).status()).toBe(404);
});
