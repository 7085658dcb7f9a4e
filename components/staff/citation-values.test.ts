import { describe, expect, it } from 'vitest';
import { EMPTY_CITATION, toCitationValues } from './citation-values';

describe('toCitationValues', () => {
  it.each([
    [
      'notes in both languages',
      {
        source: { slug: 'moel-2026-11' },
        quote: '인용문',
        noteKo: '잠정치',
        noteEn: 'Provisional',
      },
      { source: 'moel-2026-11', quote: '인용문', noteKo: '잠정치', noteEn: 'Provisional' },
    ],
    [
      'no notes: empty inputs, not "null"',
      { source: { slug: 'moel-2026-11' }, quote: '인용문', noteKo: null, noteEn: null },
      { source: 'moel-2026-11', quote: '인용문', noteKo: '', noteEn: '' },
    ],
  ])('%s', (_, record, expected) => {
    // A correction keeps the record's slug and starts with no reason: staff must give one.
    expect(toCitationValues(record, 'fund-2026-11')).toEqual({
      ...expected,
      reason: '',
      slug: 'fund-2026-11',
    });
  });

  it('starts a new record blank', () => {
    expect(Object.values(EMPTY_CITATION).every((value) => value === '')).toBe(true);
  });
});
