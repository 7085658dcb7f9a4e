import { describe, expect, it } from 'vitest';
import { readSearchSettings } from './search-settings.ts';

describe('readSearchSettings', () => {
  it('gives the quotes 80 ms unless set, an empty value alike', () => {
    expect(readSearchSettings({})).toEqual({ quoteTimeoutMs: 80 });
    expect(readSearchSettings({ PLEDGEBOARD_SEARCH_QUOTE_MS: '' })).toEqual({ quoteTimeoutMs: 80 });
    expect(readSearchSettings({ PLEDGEBOARD_SEARCH_QUOTE_MS: '5000' })).toEqual({
      quoteTimeoutMs: 5000,
    });
  });

  it.each([
    ['eighty', 'must be a whole number of milliseconds'],
    ['12.5', 'must be a whole number of milliseconds'],
    ['5', 'must be at least 10'],
    ['600000', 'must be at most 60000'],
  ])('refuses %s, naming the variable and the value', (value, message) => {
    expect(() => readSearchSettings({ PLEDGEBOARD_SEARCH_QUOTE_MS: value })).toThrow(
      `Invalid search setting: PLEDGEBOARD_SEARCH_QUOTE_MS="${value}" ${message}`,
    );
  });
});
