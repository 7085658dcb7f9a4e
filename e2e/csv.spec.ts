import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { seedDataset } from '../prisma/seed/data';

async function download(page: import('@playwright/test').Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).first().click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function parse(bytes: Buffer) {
  const text = bytes.toString('utf8');
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

test('the indicator CSV downloads with a BOM and parses back with the Korean quote intact', async ({ page }) => {
  await page.goto('/indicators/startup-fund');
  const { name, bytes } = await download(page, '이 지표의 CSV 내려받기');
  expect(name).toMatch(/^pledgeboard-gwangju-startup-fund-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes);
  const figure = rows.find((row) => row.record_kind === 'reported_figure');
  expect(figure).toMatchObject({
    indicator_slug: 'startup-fund',
    unit: 'KRW',
    value_exact: '619200000000',
    value_display_ko: '6,192억 원',
    date: '2025-09',
    date_precision: 'month',
    source_publisher: '뉴스노크',
  });
  expect(figure?.quote).toContain('5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.');
  const targets = rows.filter((row) => row.record_kind === 'pledge_target').map((row) => row.value_exact);
  expect(targets).toEqual(['500000000000', '1000000000000']);
});

test('the CSV of everything holds every figure and pledge of the overview', async ({ page }) => {
  await page.goto('/');
  const { name, bytes } = await download(page, '전체 데이터 CSV 내려받기');
  expect(name).toMatch(/^pledgeboard-gwangju-all-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const rows = parse(bytes);
  const kinds = rows.map((row) => row.record_kind);
  // Counted against the reviewed dataset itself, not against the same queries that wrote the file.
  const pledges = seedDataset.pledges.length;
  const figures = seedDataset.figures.length;
  await expect(page.locator('.lede').first()).toContainText(`${pledges}개의 공약과 그 뒤 보도된 ${figures}개의 수치`);
  expect(kinds.filter((kind) => kind === 'reported_figure')).toHaveLength(figures);
  expect(kinds.filter((kind) => kind?.startsWith('pledge_'))).toHaveLength(pledges);
  expect(new Set(rows.map((row) => row.pledge_slug).filter(Boolean))).toEqual(new Set(seedDataset.pledges.map((pledge) => pledge.key)));
  // Every row carries its source and quote.
  for (const row of rows) {
    expect(row.source_title, JSON.stringify(row)).not.toBe('');
    expect(row.quote, JSON.stringify(row)).not.toBe('');
  }
});
