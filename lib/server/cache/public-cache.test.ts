import { describe, expect, it } from 'vitest';
import {
  matchesEtag,
  readPublicCacheSettings,
  toPublicCacheControl,
  toPublicEtag,
} from './public-cache.ts';

const TAG = 'W/"b1-42-2026-12-03-abc"';

describe('matchesEtag', () => {
  it.each([
    [null, false],
    ['', false],
    [TAG, true],
    ['"b1-42-2026-12-03-abc"', true], // weak comparison ignores W/
    [`"other", ${TAG}`, true],
    ['*', true],
    ['W/"b1-43-2026-12-03-abc"', false], // a newer data version
    ['W/"b1-42-2026-12-04-abc"', false], // the next day
  ])('If-None-Match %j → %s', (header, expected) => {
    expect(matchesEtag(header, TAG)).toBe(expected);
  });
});

describe('toPublicEtag', () => {
  const parts = { buildId: 'b1', version: '42', date: '2026-12-03', address: '/en' };
  it.each([
    ['buildId', 'b2'],
    ['version', '43'],
    ['date', '2026-12-04'],
    ['address', '/'],
  ] as const)('changes when the %s changes', (part, value) => {
    expect(toPublicEtag({ ...parts, [part]: value })).not.toBe(toPublicEtag(parts));
  });
  it('is weak and stable', () => {
    expect(toPublicEtag(parts)).toMatch(/^W\/"b1-42-2026-12-03-[\w-]{16}"$/);
    expect(toPublicEtag(parts)).toBe(toPublicEtag({ ...parts }));
  });
});

describe('readPublicCacheSettings', () => {
  it('defaults to 5 s fresh, 60 s stale, polling every 2 s', () => {
    const settings = readPublicCacheSettings({});
    expect(toPublicCacheControl(settings)).toBe(
      'public, max-age=0, s-maxage=5, stale-while-revalidate=60',
    );
    expect(settings.PLEDGEBOARD_DATA_VERSION_POLL_MS).toBe(2000);
  });
  it.each([
    [{ PLEDGEBOARD_CACHE_SECONDS: 'soon' }, 'PLEDGEBOARD_CACHE_SECONDS'],
    [{ PLEDGEBOARD_CACHE_STALE_SECONDS: '-1' }, 'PLEDGEBOARD_CACHE_STALE_SECONDS'],
    [{ PLEDGEBOARD_DATA_VERSION_POLL_MS: '5' }, 'PLEDGEBOARD_DATA_VERSION_POLL_MS'],
  ])('refuses %j, naming %s', (env, name) => {
    expect(() => readPublicCacheSettings(env)).toThrow(name);
  });
});
