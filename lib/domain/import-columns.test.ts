import { describe, it, expect } from 'vitest';
import { IMPORT_COLUMNS } from './import-columns.ts';

describe('IMPORT_COLUMNS', () => {
  it('describes every column in both languages, with distinct headers', () => {
    const headers = IMPORT_COLUMNS.flatMap((column) =>
      [column.name, column.ko, ...column.aliases].map((h) => h.toLowerCase()),
    );
    expect(new Set(headers).size).toBe(headers.length);
    for (const column of IMPORT_COLUMNS)
      expect(column.description.ko && column.description.en).toBeTruthy();
    expect(IMPORT_COLUMNS.filter((column) => column.required).map((column) => column.name)).toEqual(
      ['indicator', 'value', 'observed_on', 'source', 'quote'],
    );
  });
});
