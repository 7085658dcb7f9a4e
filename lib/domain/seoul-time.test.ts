import { describe, expect, it } from 'vitest';
import { seoulTimeFormat } from './seoul-time.ts';

// 2026-12-02 15:04:05 UTC is 2026-12-03 00:04:05 in Seoul: the day and the hour both move.
const instant = new Date(Date.UTC(2026, 11, 2, 15, 4, 5));

describe('seoulTimeFormat', () => {
  it.each([
    ['ko', 'moment', '2026. 12. 3. 00:04'],
    ['en', 'moment', '3 Dec 2026, 00:04'],
    ['ko', 'day', '2026년 12월 3일'],
    ['en', 'day', '3 December 2026'],
    ['ko', 'exact', '26. 12. 3. 0:04:05'],
    ['en', 'exact', '03/12/2026, 00:04:05'],
    ['ko', 'clock', '0:04:05'],
    ['en', 'clock', '00:04:05'],
  ] as const)('%s %s: %s', (locale, style, expected) => {
    expect(seoulTimeFormat(locale, style).format(instant)).toBe(expected);
  });
});
