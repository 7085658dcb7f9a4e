import { describe, expect, it } from 'vitest';
import { toMethodologyHref, toStatusAnchor, toVerdictAnchor } from './methodology-anchors.ts';

describe('methodology anchors', () => {
  it.each([
    [toStatusAnchor('ON_TRACK'), 'status-ON_TRACK'],
    [toStatusAnchor('INSUFFICIENT_DATA'), 'status-INSUFFICIENT_DATA'],
    [toVerdictAnchor('COMPLETED'), 'verdict-COMPLETED'],
    [toVerdictAnchor('NOT_YET_RATED'), 'verdict-NOT_YET_RATED'],
    [toMethodologyHref(toStatusAnchor('BEHIND')), '/methodology#status-BEHIND'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
