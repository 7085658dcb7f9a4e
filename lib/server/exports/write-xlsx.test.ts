import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aFigure, aPeriod, aPledge, anIndicator } from '../../domain/testing/records.ts';
import { computePledgeStatus } from '../../domain/pledge-status.ts';
import { writeXlsx } from './write-xlsx.ts';
import { translatorsFor } from '../../../i18n/translators.ts';

async function* batches<T>(...groups: T[][]) {
  for (const group of groups) yield group;
}

async function toBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('writeXlsx', () => {
  it('stops reading figures when the reader goes away', async () => {
    const indicator = anIndicator();
    let batchesRead = 0;
    let closed = false;
    async function* endless() {
      try {
        for (;;) {
          // As a database read does, each batch takes a turn of the event loop.
          await new Promise(setImmediate);
          batchesRead += 1;
          // Random quotes, so the zip cannot shrink them to nothing: the bytes must reach the reader.
          yield Array.from({ length: 500 }, (_, index) =>
            aFigure({
              slug: `figure-${batchesRead}-${index}`,
              quote: randomBytes(150).toString('base64'),
            }),
          );
        }
      } finally {
        closed = true;
      }
    }
    const output = writeXlsx({
      indicators: [indicator],
      figureBatches: endless(),
      pledges: [],
      progress: translatorsFor('progress'),
      verdicts: translatorsFor('verdicts'),
      listSources: async () => [],
      about: {},
    });
    // Nobody reads: the writer must pause once the buffers between it and the reader are full
    // (exceljs holds about ten such batches before its zip stream passes them on), not go on
    // reading the database into memory. Wait until the count holds still for half a second (up
    // to ten seconds, so a busy machine only makes it slower, not wrong).
    const started = Date.now();
    let seen = -1;
    let stillSince = Date.now();
    while (Date.now() - started < 10_000 && Date.now() - stillSince < 500) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (batchesRead !== seen) [seen, stillSince] = [batchesRead, Date.now()];
    }
    expect(batchesRead).toBeLessThan(40);
    output.destroy();
    await expect.poll(() => closed, { timeout: 2000 }).toBe(true);
  });

  it('writes figures, pledges, sources and about sheets with exact values, Korean quotes and no formulas', async () => {
    const indicator = anIndicator();
    const injected = aFigure({
      slug: 'injected',
      quote: '=HYPERLINK("http://example.com","6192억")',
      observedOn: aPeriod('2025-10'),
    });
    const huge = aFigure({
      slug: 'huge',
      value: '123456789012345678',
      observedOn: aPeriod('2025-11'),
    });
    const pledge = aPledge();
    const status = computePledgeStatus({
      pledge,
      indicator,
      figures: [aFigure()],
      asOf: '2026-11-22',
    });
    const bytes = await toBuffer(
      writeXlsx({
        indicators: [indicator],
        figureBatches: batches([aFigure()], [injected, huge]),
        pledges: [{ pledge, indicator, status }],
        progress: translatorsFor('progress'),
        verdicts: translatorsFor('verdicts'),
        listSources: async () => [aFigure().source],
        about: { title: 'Pledgeboard', statusesAsOf: '2026-11-22' },
      }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'figures',
      'pledges',
      'sources',
      'about',
    ]);

    const figures = workbook.getWorksheet('figures')!;
    const header = (figures.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (row: number, column: string) =>
      figures.getRow(row).getCell(header.indexOf(column) + 1);
    expect(figures.rowCount).toBe(4);
    expect(cell(2, 'value_exact').value).toBe(619200000000);
    expect(String(cell(2, 'quote').value)).toBe(aFigure().quote);
    // Text, never a formula: Excel shows it, it does not run it.
    expect(cell(3, 'quote').value).toBe('=HYPERLINK("http://example.com","6192억")');
    expect(cell(3, 'quote').type).toBe(ExcelJS.ValueType.String);
    // Beyond a spreadsheet number's 15 digits the exact value stays text.
    expect(cell(4, 'value_exact').value).toBe('123456789012345678');

    const pledges = workbook.getWorksheet('pledges')!;
    const pledgeHeader = (pledges.getRow(1).values as unknown[]).slice(1) as string[];
    expect(pledges.getRow(2).getCell(pledgeHeader.indexOf('status_ko') + 1).value).toBe(
      '조기 달성',
    );
    expect(workbook.getWorksheet('about')!.getRow(3).values).toEqual([
      undefined,
      'statusesAsOf',
      '2026-11-22',
    ]);
  });
});
