import { describe, expect, it } from 'vitest';
import { toPageBounds } from './page-of.ts';

describe('toPageBounds', () => {
  it.each([
    // total, requested, perPage → page, pageCount, offset
    [0, 1, 20, 1, 1, 0],
    [0, 5, 20, 1, 1, 0],
    [20, 1, 20, 1, 1, 0],
    [21, 2, 20, 2, 2, 20],
    [21, 3, 20, 2, 2, 20],
    [10_000, 500, 20, 500, 500, 9_980],
    [10_000, 0, 20, 1, 500, 0],
    [10_000, -3, 20, 1, 500, 0],
  ])(
    '%i rows, page %i of %i a page → page %i of %i from %i',
    (total, requested, perPage, page, pageCount, offset) => {
      expect(toPageBounds(total, requested, perPage)).toEqual({
        page,
        pageCount,
        offset,
        limit: perPage,
      });
    },
  );
});
