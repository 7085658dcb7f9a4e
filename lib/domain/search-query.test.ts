import { describe, expect, it } from 'vitest';
import {
  SEARCH_MAX_LENGTH,
  isFullSearch,
  parseSearchText,
  toContainsPattern,
  toSearchHitPath,
  toPrefixPattern,
} from './search-query.ts';

describe('parseSearchText', () => {
  it.each([
    ['창업', { ok: true, text: '창업' }],
    ['  Startup fund ', { ok: true, text: 'Startup fund' }],
    ['\u1109\u1161\u11bc', { ok: true, text: '상' }],
    ['가'.repeat(SEARCH_MAX_LENGTH), { ok: true, text: '가'.repeat(SEARCH_MAX_LENGTH) }],
    ['', { ok: false, problem: 'empty' }],
    ['   ', { ok: false, problem: 'empty' }],
    [null, { ok: false, problem: 'empty' }],
    ['가'.repeat(SEARCH_MAX_LENGTH + 1), { ok: false, problem: 'too-long' }],
    ['a\u0000b', { ok: false, problem: 'control-characters' }],
    ['a\nb', { ok: false, problem: 'control-characters' }],
    ['a\u0085b', { ok: false, problem: 'control-characters' }],
  ])('%j → %j', (raw, expected) => {
    expect(parseSearchText(raw)).toEqual(expected);
  });
});

describe('LIKE patterns', () => {
  it.each([
    ['펀드', '%펀드%', '펀드%'],
    ['100%', '%100\\%%', '100\\%%'],
    ['a_b', '%a\\_b%', 'a\\_b%'],
    ['c:\\x', '%c:\\\\x%', 'c:\\\\x%'],
    ["O'Brien", "%O'Brien%", "O'Brien%"],
  ])('%j matches itself literally', (text, contains, prefix) => {
    expect(toContainsPattern(text)).toBe(contains);
    expect(toPrefixPattern(text)).toBe(prefix);
  });
});

describe('isFullSearch', () => {
  it.each([
    ['펀드', false],
    ['창업펀', true],
    ['ab', false],
    ['abc', true],
  ])('%j → %s', (text, expected) => {
    expect(isFullSearch(text)).toBe(expected);
  });
});

describe('toSearchHitPath', () => {
  it.each([
    [{ kind: 'indicator', slug: 'startup-fund' }, '/indicators/startup-fund'],
    [{ kind: 'pledge', slug: 'startup-fund-1t-won' }, '/pledges/startup-fund-1t-won'],
    [{ kind: 'figure', slug: 'startup-fund-2025-09' }, '/figures/startup-fund-2025-09'],
    [{ kind: 'source', slug: 'newsnoke' }, '/sources?source=newsnoke#newsnoke'],
  ] as const)('%j → %s', (hit, expected) => {
    expect(toSearchHitPath(hit)).toBe(expected);
  });
});
