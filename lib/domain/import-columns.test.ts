import { describe, it, expect } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ko from '../../messages/ko.json' with { type: 'json' };
import { IMPORT_COLUMNS } from './import-columns.ts';

describe('IMPORT_COLUMNS', () => {
  it('describes every column in both languages, with distinct headers', () => {
    const headers = IMPORT_COLUMNS.flatMap((column) =>
      [column.name, column.ko, ...column.aliases].map((h) => h.toLowerCase()),
    );
    expect(new Set(headers).size).toBe(headers.length);
    const descriptions = [ko, en].map(
      (messages) => messages.staffImport.columns as Record<string, string>,
    );
    for (const column of IMPORT_COLUMNS)
      for (const described of descriptions) expect(described[column.name]).toBeTruthy();
    expect(IMPORT_COLUMNS.filter((column) => column.required).map((column) => column.name)).toEqual(
      ['indicator', 'value', 'observed_on', 'source', 'quote'],
    );
  });
});
