import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../domain/import-columns.ts';
import { readImportSettings as readSettings } from './import-settings.ts';

const readImportSettings = (env: Record<string, string>) => readSettings(env as NodeJS.ProcessEnv);

describe('readImportSettings', () => {
  it('has the documented defaults when nothing is set (or set empty)', () => {
    const expected = {
      limits: { maxBytes: 50 * 1024 * 1024, maxRows: 200_000, maxColumns: 256 },
      maxListedIssues: 1000,
      transactionTimeoutMs: 300_000,
      concurrency: 2,
    };
    expect(readImportSettings({})).toEqual(expected);
    expect(readImportSettings({ PLEDGEBOARD_IMPORT_MAX_ROWS: '' })).toEqual(expected);
    expect(expected.limits).toEqual(DEFAULT_IMPORT_LIMITS);
  });

  it('reads every setting', () => {
    expect(
      readImportSettings({
        PLEDGEBOARD_IMPORT_MAX_ROWS: '500000',
        PLEDGEBOARD_IMPORT_MAX_BYTES: '104857600',
        PLEDGEBOARD_IMPORT_MAX_COLUMNS: '64',
        PLEDGEBOARD_IMPORT_MAX_LISTED_ISSUES: '200',
        PLEDGEBOARD_IMPORT_TRANSACTION_SECONDS: '900',
        PLEDGEBOARD_IMPORT_CONCURRENCY: '1',
      }),
    ).toEqual({
      limits: { maxBytes: 104_857_600, maxRows: 500_000, maxColumns: 64 },
      maxListedIssues: 200,
      transactionTimeoutMs: 900_000,
      concurrency: 1,
    });
  });

  it.each([
    ['PLEDGEBOARD_IMPORT_MAX_ROWS', 'lots'],
    ['PLEDGEBOARD_IMPORT_MAX_ROWS', '0'],
    ['PLEDGEBOARD_IMPORT_MAX_BYTES', '1.5'],
    ['PLEDGEBOARD_IMPORT_MAX_COLUMNS', '3'],
    ['PLEDGEBOARD_IMPORT_TRANSACTION_SECONDS', '1'],
    ['PLEDGEBOARD_IMPORT_CONCURRENCY', '10'],
  ])('refuses %s=%s, naming it and what it must be', (name, value) => {
    expect(() => readImportSettings({ [name]: value })).toThrow(
      new RegExp(
        `Invalid import settings[\\s\\S]*${name}="${value.replace('.', '\\.')}": must be a whole number from`,
      ),
    );
  });
});
