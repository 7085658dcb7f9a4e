import { describe, expect, it } from 'vitest';
import { isSlug } from './slug.ts';

describe('isSlug', () => {
  it.each([
    ['startup-fund', true],
    ['ai-data-centre-performance', true],
    ['min-8', true],
    ['Startup-Fund', false],
    ['startup_fund', false],
    ['-startup', false],
    ['startup--fund', false],
    ['\u0000', false],
    ['창업펀드', false],
    ['', false],
    ['a'.repeat(121), false],
  ])('%j → %s', (value, expected) => {
    expect(isSlug(value)).toBe(expected);
  });
});
