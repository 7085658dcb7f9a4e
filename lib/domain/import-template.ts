/** The file staff download to fill in: the import's columns and one example row. */
import { UTF8_BOM, toCsvLine } from './csv.ts';
import type { Locale } from './types.ts';
import { IMPORT_COLUMNS, type ImportColumnName } from './import-columns.ts';

export type FigureImportExample = Partial<Record<ImportColumnName, string>>;

const COLUMN_EXAMPLES: FigureImportExample = Object.fromEntries(
  IMPORT_COLUMNS.map((column) => [column.name, column.example]),
);

/**
 * The header and one example row, in UTF-8 with a BOM so Korean Excel opens it correctly. `locale`
 * picks the header names; the importer reads either.
 */
export function toFigureImportTemplate(
  example: FigureImportExample = COLUMN_EXAMPLES,
  locale: Locale = 'en',
): string {
  const header = IMPORT_COLUMNS.map((column) => (locale === 'ko' ? column.ko : column.name));
  return `${UTF8_BOM}${toCsvLine(header)}${toCsvLine(IMPORT_COLUMNS.map((column) => example[column.name] ?? ''))}`;
}
