import { describe, expect, it } from 'vitest';
import { localized } from './localized.ts';

describe('localized', () => {
  const indicator = {
    nameKo: '인공지능 기업 수',
    nameEn: 'AI companies',
    noteKo: '잠정',
    noteEn: null,
  };
  it.each([
    ['name', 'ko', '인공지능 기업 수'],
    ['name', 'en', 'AI companies'],
    ['note', 'ko', '잠정'],
    ['note', 'en', null],
  ] as const)('%s in %s', (field, locale, expected) => {
    expect(localized(indicator, field, locale)).toBe(expected);
  });
});
