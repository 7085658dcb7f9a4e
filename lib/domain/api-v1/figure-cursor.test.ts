import { describe, expect, it } from 'vitest';
import { decodeFigureCursor, encodeFigureCursor } from './figure-cursor.ts';

describe('figure cursors', () => {
  it('round-trip a sort key', () => {
    const cursor = {
      observedOn: '2025-09-01',
      precision: 'MONTH',
      slug: 'startup-fund-2025-09',
    } as const;
    expect(decodeFigureCursor(encodeFigureCursor(cursor))).toEqual(cursor);
  });

  it.each([
    'not-a-cursor',
    '',
    Buffer.from('["2025-02-30","DAY","x"]').toString('base64url'),
    Buffer.from('["2025-01-01","WEEK","x"]').toString('base64url'),
    Buffer.from(`["2025-01-01","DAY","x' OR 1=1"]`).toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
  ])('refuse what this API did not write: %j', (text) => {
    expect(decodeFigureCursor(text)).toBeNull();
  });
});
