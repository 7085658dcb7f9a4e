import { describe, it, expect } from 'vitest';
import { canImport, parseFigureImport } from './figure-import.ts';
import type { ImportIssueCode } from './import-columns.ts';
import {
  CONTEXT,
  encode,
  HEADER,
  importLines,
  importRows,
  row,
} from './testing/figure-import-fixtures.ts';

describe('parseFigureImport: figures already recorded', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'the same figure in another spelling is a duplicate, skipped',
      row({ indicator: 'ai-phase-1-investment', value: '4269억 원', observedOn: '2025. 9.' }),
      {
        status: 'duplicate',
        duplicateOf: 'ai-phase-1-investment-2025-09',
        issues: [],
        figure: { slug: 'ai-phase-1-investment-2025-09', value: '426900000000' },
      },
    ],
    [
      'trailing zeros do not make a new value',
      row({ value: '160', observedOn: '2024' }),
      { status: 'duplicate', duplicateOf: 'ai-companies-relocated-2024' },
    ],
    [
      'another value for the same indicator and date conflicts',
      row({ indicator: 'ai-phase-1-investment', value: '4270억 원', observedOn: '2025-09' }),
      {
        status: 'error',
        issues: [
          {
            row: 2,
            column: 'value',
            code: 'conflicts-existing',
            params: {
              slug: 'ai-phase-1-investment-2025-09',
              existingValue: '426900000000',
              value: '427000000000',
              unit: 'KRW',
            },
          },
        ],
      },
    ],
    [
      'the same date at another precision is another figure',
      row({ indicator: 'ai-phase-1-investment', value: '1', observedOn: '2025-09-01' }),
      { status: 'new', figure: { slug: 'ai-phase-1-investment-2025-09-01', precision: 'DAY' } },
    ],
  ])('%s', (_, line, expected) => {
    expect(importRows(line).rows[0]).toMatchObject(expected);
  });

  it('re-importing an export that names each figure’s own slug gives duplicates, not slug clashes', () => {
    const result = importLines([
      `${HEADER},slug`,
      `${row({ value: '160', observedOn: '2024' })},ai-companies-relocated-2024`,
      `${row({ value: '161', observedOn: '2024' })},ai-companies-relocated-2024`,
    ]);
    expect(result.rows.map((r) => [r.status, r.issues.map((issue) => issue.code)])).toEqual([
      ['duplicate', []],
      ['error', ['duplicate-in-file', 'conflicts-existing', 'slug-repeated']],
    ]);
  });

  it('refuses two rows for the same indicator and date, naming the first', () => {
    const result = importRows(row(), row({ value: '171' }), row({ value: '170' }));
    expect(
      result.rows.map((r) => [
        r.row,
        r.status,
        r.issues.map((issue) => [issue.code, issue.params]),
      ]),
    ).toEqual([
      [2, 'new', []],
      [3, 'error', [['duplicate-in-file', { firstRow: 2 }]]],
      [4, 'error', [['duplicate-in-file', { firstRow: 2 }]]],
    ]);
  });

  it('can import a file of new and duplicate rows, but not one of duplicates only', () => {
    const duplicate = row({ value: '160', observedOn: '2024' });
    expect(canImport(importRows(duplicate, row()))).toBe(true);
    expect(canImport(importRows(duplicate))).toBe(false);
  });
});

describe('parseFigureImport: slugs', () => {
  const withSlugs = (...rows: [string, string][]) =>
    importLines([`${HEADER},slug`, ...rows.map(([line, slug]) => `${line},${slug}`)]);

  it.each([
    ['a DAY date', row({ observedOn: '2025-09-24' }), 'ai-companies-relocated-2025-09-24'],
    ['a MONTH date', row({ observedOn: '2025-09' }), 'ai-companies-relocated-2025-09'],
    ['a YEAR date', row({ observedOn: '2025' }), 'ai-companies-relocated-2025'],
    ['slugs taken up to -2: -3', row({ observedOn: '2023' }), 'ai-companies-relocated-2023-3'],
  ])('generates one from the indicator and %s', (_, line, slug) => {
    expect(importRows(line).rows[0]?.figure?.slug).toBe(slug);
  });

  it('adds -2 when the generated slug belongs to an existing figure of another date precision', () => {
    const context = {
      ...CONTEXT,
      figureSlugs: new Set([...CONTEXT.figureSlugs, 'ai-companies-relocated-2025-09']),
    };
    const result = parseFigureImport(encode(HEADER, row()), context);
    expect(result.rows[0]?.figure?.slug).toBe('ai-companies-relocated-2025-09-2');
  });

  it('leaves a slug named by a later row to that row', () => {
    const result = withSlugs(
      [row(), ''],
      [row({ observedOn: '2025-10' }), 'ai-companies-relocated-2025-09'],
    );
    expect(result.rows.map((r) => r.figure?.slug)).toEqual([
      'ai-companies-relocated-2025-09-2',
      'ai-companies-relocated-2025-09',
    ]);
  });

  it.each<[string, ImportIssueCode]>([
    ['AI-Companies', 'invalid-slug'],
    ['a--b', 'invalid-slug'],
    ['-a', 'invalid-slug'],
    ['a_b', 'invalid-slug'],
    ['공약', 'invalid-slug'],
    ['a'.repeat(121), 'invalid-slug'],
    ['ai-phase-1-investment-2025-09', 'slug-taken'],
  ])('refuses the slug %s with %s', (slug, code) => {
    const result = withSlugs([row(), slug]);
    expect(result.rows[0]?.issues).toEqual([
      { row: 2, column: 'slug', code, params: { value: slug } },
    ]);
  });

  it('refuses a slug named twice in the file, naming the first row', () => {
    const result = withSlugs([row(), 'mine'], [row({ observedOn: '2025-10' }), 'mine']);
    expect(result.rows.map((r) => r.issues)).toEqual([
      [],
      [{ row: 3, column: 'slug', code: 'slug-repeated', params: { value: 'mine', firstRow: 2 } }],
    ]);
  });
});
