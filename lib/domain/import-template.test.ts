import { describe, it, expect } from 'vitest';
import { parseFigureImport } from './figure-import.ts';
import { toFigureImportTemplate } from './import-template.ts';
import { CONTEXT } from './testing/figure-import-fixtures.ts';

describe('the template', () => {
  it('writes a UTF-8 CSV with a BOM, the header and the example row', () => {
    const template = toFigureImportTemplate({
      indicator: 'ai-companies-relocated',
      value: '1,234',
      quote: '=1+1',
    });
    expect(template).toBe(
      '\uFEFFindicator,value,observed_on,source,quote,note_ko,note_en,slug\r\n' +
        `ai-companies-relocated,"1,234",,,'=1+1,,,\r\n`,
    );
    expect(toFigureImportTemplate({}, 'ko').split('\r\n')[0]).toBe(
      '\uFEFF지표,값,기준일,출처,인용문,비고,영문 비고,식별자',
    );
  });

  it.each(['en', 'ko'] as const)(
    'imports its own %s template with the column examples',
    (locale) => {
      const result = parseFigureImport(
        new TextEncoder().encode(toFigureImportTemplate(undefined, locale)),
        CONTEXT,
      );
      expect(result).toMatchObject({
        encoding: 'utf-8-bom',
        fileErrors: [],
        rows: [{ status: 'duplicate', duplicateOf: 'ai-phase-1-investment-2025-09' }],
      });
    },
  );
});
