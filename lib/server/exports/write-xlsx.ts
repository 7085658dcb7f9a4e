import 'server-only';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvCell } from '../../domain/csv.ts';
import { EXPORT_HEADER, toFigureExportRow, toPledgeExportRow } from '../../domain/export-rows.ts';
import { normalizeDecimal } from '../../domain/exact-decimal.ts';
import { toIsoPeriod } from '../../domain/precise-date.ts';
import type { ExportParts } from '../../domain/export-csv.ts';
import type { SourceRef } from '../../domain/records.ts';

/**
 * The export as an XLSX workbook, written with exceljs's streaming writer (rows are committed
 * and flushed as they come, so figures stream from the database without building the file in
 * memory). Sheets: figures, pledges, sources, about.
 *
 * Text goes into text cells, which Excel never evaluates, so a quote starting with "=" stays
 * text without the apostrophe the CSV needs. Exact values are numbers when a spreadsheet number
 * holds them exactly (15 significant digits), and text otherwise.
 */
export function writeXlsx(content: XlsxParts): PassThrough {
  const output = new PassThrough();
  void fill(content, output).catch((error: unknown) =>
    output.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return output;
}

/**
 * Resolves once the reader has taken what was written: true to go on, false when it has gone.
 * exceljs and its zip stream do not wait for the reader, and the zip stream hands `output` its
 * bytes only between turns of the event loop, so the check is the one buffer that can tell:
 * `output`'s own, full while the reader is behind.
 */
async function waitForReader(output: PassThrough): Promise<boolean> {
  do {
    await new Promise((resolve) =>
      setTimeout(resolve, output.readableLength >= output.readableHighWaterMark ? 10 : 0),
    );
  } while (!output.destroyed && output.readableLength >= output.readableHighWaterMark);
  return !output.destroyed;
}

const NUMBER_COLUMNS = new Set(['value_exact', 'baseline_value_exact', 'revision']);

type XlsxParts = ExportParts & {
  about: Record<string, unknown>;
  /** Asked for after the figures: the sources a file cites are known once they have gone by. */
  listSources: () => Promise<readonly SourceRef[]>;
};

async function fill(content: XlsxParts, output: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Pledgeboard';
  const indicators = new Map(content.indicators.map((indicator) => [indicator.slug, indicator]));

  const figures = workbook.addWorksheet('figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  figures.columns = EXPORT_HEADER.map((header) => ({
    header,
    key: header,
    width: widthOf(header),
  }));
  for await (const batch of content.figureBatches) {
    for (const figure of batch)
      figures
        .addRow(toXlsxCells(toFigureExportRow(figure, indicators.get(figure.indicatorSlug)!)))
        .commit();
    // The writer does not wait for the reader: without this, a slow client would have the whole
    // file buffered here, and a client that left would still have every batch read for nobody.
    if (!(await waitForReader(output))) return;
  }
  figures.commit();

  const pledges = workbook.addWorksheet('pledges', { views: [{ state: 'frozen', ySplit: 1 }] });
  pledges.columns = EXPORT_HEADER.map((header) => ({
    header,
    key: header,
    width: widthOf(header),
  }));
  for (const { pledge, indicator, status, verdict } of content.pledges)
    pledges
      .addRow(
        toXlsxCells(
          toPledgeExportRow(pledge, indicator, status, content.progress.ko, {
            summary: verdict ?? null,
            verdictsKo: content.verdicts.ko,
          }),
        ),
      )
      .commit();
  pledges.commit();

  const sources = workbook.addWorksheet('sources', { views: [{ state: 'frozen', ySplit: 1 }] });
  const sourceHeader = [
    'slug',
    'title',
    'publisher',
    'publisher_inferred',
    'published',
    'published_precision',
    'published_inferred',
    'date_note',
    'author',
    'url',
  ];
  sources.columns = sourceHeader.map((header) => ({
    header,
    key: header,
    width: header === 'title' || header === 'date_note' ? 60 : 18,
  }));
  for (const source of await content.listSources()) {
    sources
      .addRow([
        source.slug,
        source.title,
        source.publisher,
        source.publisherInferred ? 'yes' : 'no',
        toIsoPeriod(source.publishedOn),
        source.publishedOn.precision.toLowerCase(),
        source.publishedInferred ? 'yes' : 'no',
        source.dateNote,
        source.author,
        source.url,
      ])
      .commit();
  }
  sources.commit();

  const about = workbook.addWorksheet('about');
  about.columns = [
    { header: 'item', key: 'item', width: 18 },
    { header: 'value', key: 'value', width: 120 },
  ];
  for (const [item, value] of Object.entries(content.about)) {
    about.addRow([item, typeof value === 'string' ? value : JSON.stringify(value)]).commit();
  }
  about.commit();
  await workbook.commit();
}

function toXlsxCells(row: readonly CsvCell[]): (string | number | null)[] {
  return row.map((cell, index) => {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'bigint') return cell.toString();
    if (typeof cell === 'number') return cell;
    if (NUMBER_COLUMNS.has(EXPORT_HEADER[index]!) && /^-?\d+(\.\d+)?$/.test(cell))
      return exactNumberOrText(cell);
    return cell;
  });
}

function exactNumberOrText(value: string): number | string {
  const digits = normalizeDecimal(value).replace(/[-.]/g, '').replace(/^0+/, '');
  return digits.length <= 15 ? Number(value) : value;
}

function widthOf(header: string): number {
  if (
    header === 'quote' ||
    header.startsWith('note') ||
    header === 'source_title' ||
    header === 'status_reason_ko' ||
    header.startsWith('verdict_reasoning') ||
    header === 'verdict_evidence'
  )
    return 60;
  if (header.includes('title') || header.includes('name')) return 30;
  return 16;
}
