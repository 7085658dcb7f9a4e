import { describe, expect, it } from 'vitest';
import { toVerdictState } from './staff-verdict.ts';

describe('toVerdictState', () => {
  it.each([
    [null, 'pending'],
    [{ decision: 'APPROVED' as const }, 'published'],
    [{ decision: 'REJECTED' as const }, 'rejected'],
  ])('%j → %s', (review, state) => {
    expect(toVerdictState(review)).toBe(state);
  });
});
