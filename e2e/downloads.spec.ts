import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { seedDataset } from '../prisma/seed/data';

async function download(page: Page, links: Locator, format: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    links.locator(`a[data-format="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function parseCsv(bytes: Buffer) {
  const result = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

const FUND_QUOTE =
  '5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.';

test('an indicator downloads as CSV for Excel, CSV for scripts, XLSX and JSON, each with exact values and quotes', async ({
  page,
}) => {
  await page.goto('/indicators/startup-fund');
  const links = page.getByRole('navigation', { name: '이 지표 내려받기' });

  const excel = await download(page, links, 'csv');
  expect(excel.name).toMatch(/^pledgeboard-gwangju-indicator-startup-fund-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(excel.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const rows = parseCsv(excel.bytes);
  expect(rows.find((row) => row.record_kind === 'reported_figure')).toMatchObject({
    value_exact: '619200000000',
    value_display_ko: '6,192억 원',
    date: '2025-09',
    date_precision: 'month',
    source_publisher: '뉴스노크',
  });
  expect(rows.find((row) => row.record_kind === 'reported_figure')?.quote).toContain(FUND_QUOTE);
  expect(rows.find((row) => row.pledge_slug === 'startup-fund-500b-won')).toMatchObject({
    status: 'ACHIEVED',
    status_ko: '조기 달성',
    administration_ko: '민선 8기',
  });

  const plain = await download(page, links, 'csv-plain');
  expect(plain.name).toMatch(/-utf8\.csv$/);
  expect(plain.bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
  expect(parseCsv(plain.bytes)).toEqual(rows);

  const xlsx = await download(page, links, 'xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    'figures',
    'pledges',
    'sources',
    'about',
  ]);
  const figures = workbook.getWorksheet('figures')!;
  const header = (figures.getRow(1).values as unknown[]).slice(1);
  const cell = (name: string) => figures.getRow(2).getCell(header.indexOf(name) + 1).value;
  expect(cell('value_exact')).toBe(619200000000);
  expect(cell('value_display_ko')).toBe('6,192억 원');
  expect(String(cell('quote'))).toContain(FUND_QUOTE);
  const about = workbook.getWorksheet('about')!;
  const aboutText = about.getSheetValues().flat().join(' ');
  expect(aboutText).toContain('statusesAsOf');
  expect(aboutText).toContain('base units (won, not 억원)');
  // The two CSV contracts, stated in the file itself.
  expect(aboutText).toContain('a stored "=1+1" reads "\'=1+1"');
  expect(aboutText).toContain('every value exactly as stored (no apostrophe added');

  const json = await download(page, links, 'json');
  const document = JSON.parse(json.bytes.toString('utf8'));
  expect(document.about.scope).toBe('indicator-startup-fund');
  expect(document.figures[0]).toMatchObject({
    value: '619200000000',
    display: { ko: '6,192억 원' },
  });
  expect(document.figures[0].quote).toContain(FUND_QUOTE);
  expect(document.pledges.map((pledge: { slug: string }) => pledge.slug)).toEqual([
    'startup-fund-500b-won',
    'startup-fund-1t-won',
  ]);
});

test('everything downloads with every figure and pledge of the reviewed dataset', async ({
  page,
}) => {
  await page.goto('/');
  const { name, bytes } = await download(
    page,
    page.getByRole('navigation', { name: '전체 데이터 내려받기' }),
    'csv',
  );
  expect(name).toMatch(/^pledgeboard-gwangju-all-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(bytes);
  // Counted against the seed file itself, not against the same queries that wrote the download.
  expect(rows.filter((row) => row.record_kind === 'reported_figure')).toHaveLength(
    seedDataset.figures.length,
  );
  expect(new Set(rows.map((row) => row.pledge_slug).filter(Boolean))).toEqual(
    new Set(seedDataset.pledges.map((pledge) => pledge.key)),
  );
  for (const row of rows) {
    expect(row.source_title, JSON.stringify(row)).not.toBe('');
    expect(row.quote, JSON.stringify(row)).not.toBe('');
  }
});

test('a theme downloads only its own indicators', async ({ page }) => {
  await page.goto('/');
  const { name, bytes } = await download(
    page,
    page.getByRole('navigation', { name: '에너지·기후 내려받기' }),
    'json',
  );
  expect(name).toMatch(/theme-energy-climate/);
  const document = JSON.parse(bytes.toString('utf8'));
  const themeIndicators = new Set(
    seedDataset.indicators
      .filter((indicator) => indicator.theme === 'energy-climate')
      .map((indicator) => indicator.key),
  );
  expect(document.pledges.length).toBeGreaterThan(0);
  for (const pledge of document.pledges) expect(themeIndicators.has(pledge.indicator)).toBe(true);
});

test('the tracker downloads exactly the rows its current filter shows', async ({ page }) => {
  await page.goto('/pledges');
  await page.getByLabel('상태', { exact: true }).selectOption('AWAITING_EVIDENCE');
  // The table is redrawn when /api/tracker answers the new filter; read it only after that, or a
  // loaded machine reads the rows of the previous filter.
  const filtered = page.waitForResponse(
    (response) =>
      response.url().includes('/api/tracker') &&
      response.url().includes('theme=energy-climate') &&
      response.url().includes('status=AWAITING_EVIDENCE'),
  );
  await page.getByLabel('주제', { exact: true }).selectOption('energy-climate');
  await filtered;
  await expect(page.getByTestId('tracker-count')).not.toContainText('불러오는 중');
  const shown = await page
    .getByTestId('tracker-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pledge')));
  const { bytes } = await download(
    page,
    page.getByRole('navigation', { name: '이 표 내려받기' }),
    'csv',
  );
  const pledges = parseCsv(bytes)
    .filter((row) => row.record_kind?.startsWith('pledge_'))
    .map((row) => row.pledge_slug);
  expect(pledges).toEqual(shown);
});

test('the developers page states what each download format promises', async ({ page }) => {
  await page.goto('/en/developers');
  const formats = page.locator('dl.download-formats');
  await expect(formats.locator('dt')).toHaveText([
    /format=csv$/,
    /format=csv-plain$/,
    /format=xlsx$/,
    /format=json$/,
  ]);
  await expect(formats.locator('dd').nth(0)).toContainText(
    'a stored "=1+1" therefore reads "\'=1+1"',
  );
  await expect(formats.locator('dd').nth(1)).toContainText('every value exactly as stored');
});
