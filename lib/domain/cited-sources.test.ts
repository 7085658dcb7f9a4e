import { describe, expect, it } from 'vitest';
import { createCitedSources } from './cited-sources.ts';
import { aSource } from './testing/records.ts';

const source = (slug: string, date: string, precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY') =>
  aSource({ slug, publishedOn: { date, precision } });

describe('createCitedSources', () => {
  it.each([
    ['nothing noted', [], []],
    [
      'one source, noted many times',
      [
        ['a', '2025-09-01'],
        ['a', '2025-09-01'],
        ['a', '2025-09-01'],
      ],
      ['a'],
    ],
    [
      'newest first',
      [
        ['old', '2018-01-05'],
        ['new', '2025-09-01'],
        ['mid', '2023-03-01'],
      ],
      ['new', 'mid', 'old'],
    ],
    [
      'same date: by slug',
      [
        ['b', '2025-09-01'],
        ['c', '2025-09-01'],
        ['a', '2025-09-01'],
      ],
      ['a', 'b', 'c'],
    ],
    [
      'back and forth between two',
      [
        ['a', '2020-01-01'],
        ['b', '2021-01-01'],
        ['a', '2020-01-01'],
        ['b', '2021-01-01'],
      ],
      ['b', 'a'],
    ],
  ] as [string, [string, string][], string[]][])('%s', (_, noted, expected) => {
    const cited = createCitedSources();
    for (const [slug, date] of noted) cited.note(source(slug, date));
    expect(cited.list().map((entry) => entry.slug)).toEqual(expected);
  });

  it('orders a month or a year by its first day, as the database does', () => {
    const cited = createCitedSources();
    for (const entry of [
      source('year-2025', '2025-01-01', 'YEAR'),
      source('day-2025-01-02', '2025-01-02'),
      source('month-2025-01', '2025-01-01', 'MONTH'),
    ])
      cited.note(entry);
    expect(cited.list().map((entry) => entry.slug)).toEqual([
      'day-2025-01-02',
      'month-2025-01',
      'year-2025',
    ]);
  });

  it('keeps the first record noted for a slug', () => {
    const cited = createCitedSources();
    const first = source('a', '2025-09-01');
    cited.note(first);
    cited.note({ ...first });
    expect(cited.list()[0]).toBe(first);
  });
});
