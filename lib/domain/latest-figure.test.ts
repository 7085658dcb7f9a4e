import { describe, it, expect } from 'vitest';
import { getLatestFigure, sortFiguresByDate } from './latest-figure.ts';
import type { FigureRecord } from './records.ts';
import { aFigure } from './testing/records.ts';
import type { DatePrecision } from './types.ts';

/** A figure known only by its slug, stored date and precision: all the ordering looks at. */
function dated(slug: string, date: string, precision: DatePrecision = 'DAY'): FigureRecord {
  return aFigure({ slug, observedOn: { date, precision } });
}

const slugsOf = (figures: readonly FigureRecord[]) => figures.map((figure) => figure.slug);

describe('sortFiguresByDate', () => {
  it.each<[string, FigureRecord[], string[]]>([
    [
      'oldest first, whatever the input order',
      [dated('c', '2025-09-01'), dated('a', '2018-01-01'), dated('b', '2021-01-01')],
      ['a', 'b', 'c'],
    ],
    [
      'same date and precision: by slug, not by input order',
      [
        dated('startup-fund-b', '2025-09-01', 'MONTH'),
        dated('startup-fund-a', '2025-09-01', 'MONTH'),
      ],
      ['startup-fund-a', 'startup-fund-b'],
    ],
    [
      // Date comes before slug: "z" reported earlier stays first.
      'date outranks slug',
      [dated('a', '2025-09-01'), dated('z', '2024-12-31')],
      ['z', 'a'],
    ],
    [
      // Both stored as 2025-01-01; the year 2025 is coarser and so counts as the earlier one.
      'YEAR before DAY on the same stored date, even against slug order',
      [dated('a-day', '2025-01-01', 'DAY'), dated('z-year', '2025-01-01', 'YEAR')],
      ['z-year', 'a-day'],
    ],
    [
      'YEAR, MONTH, DAY on the same stored date',
      [
        dated('m', '2025-01-01', 'MONTH'),
        dated('d', '2025-01-01', 'DAY'),
        dated('y', '2025-01-01', 'YEAR'),
      ],
      ['y', 'm', 'd'],
    ],
  ])('%s', (_name, figures, expected) => {
    expect(slugsOf(sortFiguresByDate(figures))).toEqual(expected);
  });

  it('does not reorder the array it is given', () => {
    const figures = Object.freeze([dated('late', '2025-09-01'), dated('early', '2018-01-01')]);
    const sorted = sortFiguresByDate(figures);
    expect(slugsOf(figures)).toEqual(['late', 'early']);
    expect(sorted).not.toBe(figures);
  });
});

describe('getLatestFigure', () => {
  it.each<[string, FigureRecord[], string | null]>([
    ['none reported', [], null],
    ['a single figure', [dated('only', '2025-09-01', 'MONTH')], 'only'],
    [
      'the latest date, wherever it sits',
      [dated('new', '2025-09-01'), dated('old', '2021-01-01')],
      'new',
    ],
    ['the later slug on a tie', [dated('b', '2025-09-01'), dated('a', '2025-09-01')], 'b'],
    [
      'a DAY figure over a YEAR figure stored on the same date',
      [dated('a-day', '2025-01-01', 'DAY'), dated('z-year', '2025-01-01', 'YEAR')],
      'a-day',
    ],
    [
      // A YEAR figure is stored as 1 January, so any later day of that year is newer.
      'a later DAY in the same year over the YEAR figure',
      [dated('year-2025', '2025-01-01', 'YEAR'), dated('march', '2025-03-15', 'DAY')],
      'march',
    ],
  ])('%s', (_name, figures, expected) => {
    expect(getLatestFigure(figures)?.slug ?? null).toBe(expected);
  });

  it('returns the record itself with its exact value', () => {
    const reported = aFigure();
    const latest = getLatestFigure([dated('older', '2022-07-01'), reported]);
    expect(latest).toBe(reported);
    expect(latest?.value).toBe('619200000000');
  });

  it('leaves its input in order', () => {
    const figures = [dated('late', '2025-09-01'), dated('early', '2018-01-01')];
    getLatestFigure(figures);
    expect(slugsOf(figures)).toEqual(['late', 'early']);
  });
});
