import { z } from 'zod';
import { DEFAULT_IMPORT_LIMITS, type FigureImportLimits } from '../../domain/import-columns.ts';

/**
 * How large a figure import may be, and how long its transaction may run: environment settings,
 * validated once (`npm start` reads them before anything else, so a bad value stops it with the
 * setting's name; the server reads them again on the first import). No `server-only` import:
 * scripts/start.ts and the benchmark read them outside Next.
 *
 * Defaults are sized for a statistics table, not a hand-made spreadsheet: 200,000 rows in a
 * 50 MiB file (a row of a typical export is 150–250 bytes). The import streams the file through a
 * staging table, so memory stays flat in the row count; what grows is database time, hence the
 * transaction timeout.
 */
const wholeNumber = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .int(message)
    .min(min, message)
    .max(max, message)
    .default(fallback);
};

const importSettingsSchema = z.object({
  PLEDGEBOARD_IMPORT_MAX_ROWS: wholeNumber(1, 10_000_000, DEFAULT_IMPORT_LIMITS.maxRows),
  PLEDGEBOARD_IMPORT_MAX_BYTES: wholeNumber(1024, 1024 ** 3, DEFAULT_IMPORT_LIMITS.maxBytes),
  PLEDGEBOARD_IMPORT_MAX_COLUMNS: wholeNumber(8, 10_000_000, DEFAULT_IMPORT_LIMITS.maxColumns),
  PLEDGEBOARD_IMPORT_MAX_LISTED_ISSUES: wholeNumber(1, 100_000, 1000),
  PLEDGEBOARD_IMPORT_TRANSACTION_SECONDS: wholeNumber(5, 3600, 300),
  // Each import holds one of the server's five database connections while it runs; two leave
  // the rest for pages. Further imports wait their turn rather than fail.
  PLEDGEBOARD_IMPORT_CONCURRENCY: wholeNumber(1, 4, 2),
});

export interface ImportSettings {
  limits: Required<FigureImportLimits>;
  /** Problems an answer lists by row and column; all of them are counted. */
  maxListedIssues: number;
  /** The import's transaction, staging included, must finish within this. */
  transactionTimeoutMs: number;
  /** Imports one server process runs at once. */
  concurrency: number;
}

export function readImportSettings(env: NodeJS.ProcessEnv = process.env): ImportSettings {
  // Unset and empty alike mean "the default".
  const present = Object.fromEntries(
    Object.keys(importSettingsSchema.shape).flatMap((name) =>
      env[name] === undefined || env[name] === '' ? [] : [[name, env[name]]],
    ),
  );
  const parsed = importSettingsSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map(
        (issue) =>
          `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`,
      )
      .join('\n');
    throw new Error(`Invalid import settings in the environment:\n${problems}`);
  }
  const settings = parsed.data;
  return {
    limits: {
      maxRows: settings.PLEDGEBOARD_IMPORT_MAX_ROWS,
      maxBytes: settings.PLEDGEBOARD_IMPORT_MAX_BYTES,
      maxColumns: settings.PLEDGEBOARD_IMPORT_MAX_COLUMNS,
    },
    maxListedIssues: settings.PLEDGEBOARD_IMPORT_MAX_LISTED_ISSUES,
    transactionTimeoutMs: settings.PLEDGEBOARD_IMPORT_TRANSACTION_SECONDS * 1000,
    concurrency: settings.PLEDGEBOARD_IMPORT_CONCURRENCY,
  };
}

let cached: { env: string; settings: ImportSettings } | undefined;

/**
 * The settings of this process, read on first use (and again if the environment changed, which
 * only tests do).
 */
export function getImportSettings(): ImportSettings {
  const env = JSON.stringify(
    Object.keys(importSettingsSchema.shape).map((name) => process.env[name]),
  );
  if (cached?.env !== env) cached = { env, settings: readImportSettings() };
  return cached.settings;
}
