/**
 * Staff import reported figures from a CSV file. This reads the file and checks every row against
 * what the database already holds, without touching it: the caller shows the result as a preview,
 * and writes only when canImport() says the whole file is clean. A file is imported all or nothing,
 * so every problem of every row is reported at once, each as a message a person can act on
 * (format-import-issue.ts).
 *
 * Three steps, one module each: read-import-file.ts (bytes → header and records),
 * read-import-row.ts (a record → checked values), reconcile-import.ts (rows against each other and
 * the database → new, duplicate or error).
 */
import { readImportFile } from './read-import-file.ts';
import { readImportRow } from './read-import-row.ts';
import { reconcileImport } from './reconcile-import.ts';
import {
  DEFAULT_IMPORT_LIMITS,
  type FigureImportContext,
  type FigureImportLimits,
  type FigureImportResult,
} from './import-columns.ts';

/** Reads and checks a whole upload. Never throws for any bytes: every failure is in the result. */
export function parseFigureImport(
  bytes: Uint8Array,
  context: FigureImportContext,
  limits: FigureImportLimits = DEFAULT_IMPORT_LIMITS,
): FigureImportResult {
  const { layout, records, ...file } = readImportFile(bytes, limits);
  if (layout === undefined) return { ...file, rows: [] };
  const drafts = records.map((record) => readImportRow(record, layout, context));
  return { ...file, rows: reconcileImport(drafts, context) };
}

/** True when the file can be imported as it is: no problem anywhere and something new to add. */
export function canImport(result: FigureImportResult): boolean {
  return (
    result.fileErrors.length === 0 &&
    result.rows.every((row) => row.status !== 'error' && row.issues.length === 0) &&
    result.rows.some((row) => row.status === 'new')
  );
}
