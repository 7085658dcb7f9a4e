import { describe, expect, it } from 'vitest';
import { withMemoryLimits } from './server-heap.ts';

describe('withMemoryLimits', () => {
  it.each<[Record<string, string>, string]>([
    [{}, '--max-old-space-size=384'],
    [{ PLEDGEBOARD_HEAP_MB: '1024' }, '--max-old-space-size=1024'],
    [{ PLEDGEBOARD_HEAP_MB: '' }, '--max-old-space-size=384'],
    [{ NODE_OPTIONS: '--max_old_space_size=900' }, '--max_old_space_size=900'],
    [{ NODE_OPTIONS: '--enable-source-maps' }, '--enable-source-maps --max-old-space-size=384'],
    [
      { NODE_OPTIONS: '--max-old-space-size=2048', PLEDGEBOARD_HEAP_MB: '256' },
      '--max-old-space-size=2048',
    ],
  ])('%j gives NODE_OPTIONS %s', (env, expected) => {
    expect(withMemoryLimits(env).NODE_OPTIONS).toBe(expected);
  });

  it('returns freed memory of 128 kB or more to the system, unless the environment says otherwise', () => {
    expect(withMemoryLimits({})).toMatchObject({
      MALLOC_MMAP_THRESHOLD_: '131072',
      MALLOC_TRIM_THRESHOLD_: '131072',
    });
    expect(
      withMemoryLimits({
        MALLOC_MMAP_THRESHOLD_: '65536',
        NODE_OPTIONS: '--max-old-space-size=900',
      }),
    ).toEqual({
      MALLOC_MMAP_THRESHOLD_: '65536',
      MALLOC_TRIM_THRESHOLD_: '131072',
      NODE_OPTIONS: '--max-old-space-size=900',
    });
  });

  it.each(['64', 'lots', '1.5', '0x200', '1e3'])(
    'refuses PLEDGEBOARD_HEAP_MB=%s, naming the setting',
    (value) => {
      expect(() => withMemoryLimits({ PLEDGEBOARD_HEAP_MB: value })).toThrow(
        /PLEDGEBOARD_HEAP_MB must be a whole number of megabytes from 128 to 65536/,
      );
    },
  );
});
