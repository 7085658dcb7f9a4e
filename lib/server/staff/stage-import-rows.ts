import 'server-only';
import {
  decodeCsvSlices,
  listCsvEncodings,
  type CsvEncoding,
} from '../../domain/decode-csv-bytes.ts';
import type {
  FigureImportContext,
  FigureImportLimits,
  HeaderLayout,
  ImportIssue,
} from '../../domain/import-columns.ts';
import {
  readImportText,
  refusedAsTooLarge,
  type ImportTextEnd,
} from '../../domain/read-import-file.ts';
import { readImportRow, type ImportRowDraft } from '../../domain/read-import-row.ts';
import { toFigureSlug } from '../../domain/slug.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

/**
 * A batch is written once its JSON reaches this many characters (about 150 rows of a statistics
 * table): at two bytes a character, under V8's 128 kB large-object size, so each batch's text is
 * freed young by the next scavenge. Batches of 2,000 rows (1.4 MB of text, and as much again in
 * the driver's buffer) went to the large-object space and waited for a full collection: 240 MB of
 * garbage at once at 200,000 rows, and the server's resident memory grew with it.
 */
const BATCH_CHARS = 48_000;

export interface StagedImport {
  encoding?: CsvEncoding;
  fileErrors: ImportIssue[];
  /** Rows staged under the import's id; none when the file is refused as a whole. */
  rows: number;
}

/**
 * Reads an upload record by record, checks each row on its own (read-import-row.ts, the rule the
 * forms use) and writes the result to `figure_import_row` in batches. What the server holds is
 * the file's bytes, one decoded slice of them and one or two batches: never the whole text, nor
 * an object per row, so memory does not grow with the row count. `pause` is awaited between
 * slices of work, which lets other requests run while a large file is read.
 *
 * The encoding is decided as decodeCsvBytes does, while reading: a file read as UTF-8 that turns
 * out not to be (CP949 whose first Korean text comes late) is read again as CP949. Rows are
 * compared with each other and with the database afterwards, in SQL
 * (reconcile-staged-import.ts). When the file turns out to be refused as a whole (a misplaced
 * quote in its last line, too many rows, no encoding fits), the rows staged so far are deleted.
 */
export async function stageImportRows(
  tx: Prisma.TransactionClient,
  importId: string,
  bytes: Uint8Array,
  context: Pick<FigureImportContext, 'indicators' | 'sources'>,
  limits: FigureImportLimits,
  pause: () => Promise<void>,
): Promise<StagedImport> {
  if (bytes.length > limits.maxBytes)
    return { fileErrors: refusedAsTooLarge(bytes.length, limits).fileErrors, rows: 0 };
  const listed = listCsvEncodings(bytes);
  if (!listed.ok) return { fileErrors: [{ code: listed.code, params: listed.params }], rows: 0 };
  for (const encoding of listed.encodings) {
    const decoding = decodeCsvSlices(bytes, encoding);
    const end = await stageText(tx, importId, decoding.slices, context, limits, pause);
    const usable = !decoding.failed && end.complete;
    if (!usable && end.staged > 0) {
      await tx.$executeRawUnsafe(
        `DELETE FROM figure_import_row WHERE import_id = $1::uuid`,
        importId,
      );
    }
    if (!decoding.failed)
      return { encoding, fileErrors: end.fileErrors, rows: usable ? end.rows : 0 };
  }
  return { fileErrors: [{ code: 'encoding', params: {} }], rows: 0 };
}

/** Reads text slices to the end, staging every record; answers how it ended and rows written. */
async function stageText(
  tx: Prisma.TransactionClient,
  importId: string,
  slices: Iterable<string>,
  context: Pick<FigureImportContext, 'indicators' | 'sources'>,
  limits: FigureImportLimits,
  pause: () => Promise<void>,
): Promise<ImportTextEnd & { staged: number }> {
  let layout: HeaderLayout | undefined;
  let batch: string[] = [];
  let batchChars = 0;
  let staged = 0;
  let writing: Promise<unknown> = Promise.resolve();
  // One batch is written while the next is read: the connection does one thing at a time anyway.
  const flush = async () => {
    await writing;
    if (batch.length > 0) {
      writing = insertStagingRows(tx, importId, `[${batch.join(',')}]`);
      // Awaited at the next flush; handled now, so a failure is not reported as unhandled first.
      writing.catch(() => {});
      staged += batch.length;
    }
    batch = [];
    batchChars = 0;
  };
  const reading = readImportText(slices, limits);
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) {
      await flush();
      await writing;
      return { ...next.value, staged };
    }
    const event = next.value;
    if (event.kind === 'layout') layout = event.layout;
    else if (event.kind === 'record' && layout !== undefined) {
      const json = JSON.stringify(toStagingRow(readImportRow(event.record, layout, context)));
      batch.push(json);
      batchChars += json.length;
      if (batchChars >= BATCH_CHARS) await flush();
    }
    await pause();
  }
}

interface StagingRow {
  row: number;
  indicator: string | null;
  value: string | null;
  observed_on: string | null;
  precision: string | null;
  source: string | null;
  quote: string | null;
  note_ko: string | null;
  note_en: string | null;
  slug: string | null;
  base_slug: string | null;
  issues: ImportIssue[] | null;
}

function toStagingRow(draft: ImportRowDraft): StagingRow {
  const { indicator, date } = draft;
  return {
    row: draft.row,
    indicator: indicator ?? null,
    value: draft.value ?? null,
    observed_on: date?.date ?? null,
    precision: date?.precision ?? null,
    source: draft.source ?? null,
    quote: draft.quote ?? null,
    note_ko: draft.noteKo,
    note_en: draft.noteEn,
    slug: draft.slug ?? null,
    base_slug: indicator !== undefined && date !== undefined ? toFigureSlug(indicator, date) : null,
    issues: draft.issues.length > 0 ? draft.issues : null,
  };
}

/** One statement per batch: the rows travel as one JSON array, which PostgreSQL unpacks. */
async function insertStagingRows(
  tx: Prisma.TransactionClient,
  importId: string,
  rowsJson: string,
): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO figure_import_row (import_id, "row", indicator, value, observed_on, precision,
       source, quote, note_ko, note_en, slug, base_slug, issues, issue_count)
     SELECT $1::uuid, r."row", r.indicator, r.value, r.observed_on::date,
       r.precision::"DatePrecision", r.source, r.quote, r.note_ko, r.note_en, r.slug, r.base_slug,
       coalesce(r.issues, '[]'::jsonb), coalesce(jsonb_array_length(r.issues), 0)
     FROM json_to_recordset($2::json) AS r("row" int, indicator text, value text,
       observed_on text, precision text, source text, quote text, note_ko text, note_en text,
       slug text, base_slug text, issues jsonb)`,
    importId,
    rowsJson,
  );
}
