import { describe, expect, it } from 'vitest';
import { toPageNumber } from './page-number.ts';

describe('toPageNumber', () => {
  it.each([
    [undefined, 1],
    ['3', 3],
    [['4', '5'], 4],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['99999999', 1],
  ] as const)('reads %j as page %i', (value, page) => {
    expect(toPageNumber(value as string | string[] | undefined)).toBe(page);
  });
});
