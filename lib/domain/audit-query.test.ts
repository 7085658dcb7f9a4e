import { describe, expect, it } from 'vitest';
import {
  parseAuditQuery,
  toAuditSearch,
  toKoreanDayStart,
  type AuditQuery,
} from './audit-query.ts';

describe('parseAuditQuery', () => {
  it.each<[string, Record<string, string | string[] | undefined>, AuditQuery]>([
    ['nothing: the newest entries', {}, {}],
    [
      'blank form fields mean no filter',
      { actor: '', action: ' ', target: '', outcome: '', from: '', to: '' },
      {},
    ],
    ['an actor, lower-cased', { actor: ' Editor1@Example.org ' }, { actor: 'editor1@example.org' }],
    ['an action', { action: 'figure.correct' }, { action: 'figure.correct' }],
    [
      'a bare target slug',
      { target: 'startup-fund-2025-09' },
      { target: { slug: 'startup-fund-2025-09' } },
    ],
    [
      'a typed target',
      { target: 'figure:startup-fund-2025-09' },
      { target: { type: 'figure', slug: 'startup-fund-2025-09' } },
    ],
    [
      'an account target is an email',
      { target: 'account:a@example.org' },
      { target: { type: 'account', slug: 'a@example.org' } },
    ],
    ['an outcome', { outcome: 'denied' }, { outcome: 'denied' }],
    [
      'a date range',
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2026-03-01', to: '2026-03-31' },
    ],
    ['one day', { from: '2026-03-01', to: '2026-03-01' }, { from: '2026-03-01', to: '2026-03-01' }],
    [
      'an older page',
      { before: '2026-03-01T02:03:04.005Z_42' },
      { before: { occurredAt: new Date('2026-03-01T02:03:04.005Z'), id: 42n } },
    ],
  ])('%s', (_name, params, expected) => {
    expect(parseAuditQuery(params)).toEqual({ ok: true, query: expected });
  });

  it.each<
    [string, Record<string, string | string[] | undefined>, { parameter: string; code: string }[]]
  >([
    ['not an email', { actor: 'someone' }, [{ parameter: 'actor', code: 'invalid-email' }]],
    [
      'an action with SQL in it',
      { action: "x'; DROP TABLE audit_event" },
      [{ parameter: 'action', code: 'invalid-action' }],
    ],
    ['a target with spaces', { target: 'a b' }, [{ parameter: 'target', code: 'invalid-target' }]],
    [
      'an unknown outcome',
      { outcome: 'maybe' },
      [{ parameter: 'outcome', code: 'invalid-outcome' }],
    ],
    [
      'a day not in the calendar',
      { from: '2026-02-30' },
      [{ parameter: 'from', code: 'invalid-date' }],
    ],
    ['a date in another spelling', { to: '2026.3.1' }, [{ parameter: 'to', code: 'invalid-date' }]],
    [
      'a range that ends before it starts',
      { from: '2026-03-02', to: '2026-03-01' },
      [{ parameter: 'to', code: 'date-order' }],
    ],
    [
      'a made-up cursor',
      { before: 'yesterday' },
      [{ parameter: 'before', code: 'invalid-cursor' }],
    ],
    [
      'a cursor at no real instant',
      { before: '2026-13-01T00:00:00.000Z_1' },
      [{ parameter: 'before', code: 'invalid-cursor' }],
    ],
    [
      'a cursor id past the largest bigint',
      { before: '2026-03-01T00:00:00.000Z_9999999999999999999' },
      [{ parameter: 'before', code: 'invalid-cursor' }],
    ],
    [
      'a day in year 0000, which PostgreSQL does not have',
      { from: '0000-01-01' },
      [{ parameter: 'from', code: 'invalid-date' }],
    ],
    [
      'both directions at once',
      { before: '2026-03-01T00:00:00.000Z_1', after: '2026-03-01T00:00:00.000Z_2' },
      [{ parameter: 'after', code: 'invalid-cursor' }],
    ],
    [
      'a parameter given twice',
      { outcome: ['ok', 'denied'] },
      [{ parameter: 'outcome', code: 'repeated' }],
    ],
    ['an unknown parameter', { page: '2' }, [{ parameter: 'page', code: 'unknown-parameter' }]],
  ])('refuses %s, naming the parameter', (_name, params, issues) => {
    expect(parseAuditQuery(params)).toEqual({ ok: false, issues });
  });
});

describe('toAuditSearch', () => {
  it('keeps the filters and sets the page, and reads back the same query', () => {
    const query: AuditQuery = {
      actor: 'a@example.org',
      target: { type: 'figure', slug: 'x' },
      outcome: 'ok',
      from: '2026-03-01',
    };
    const before = { occurredAt: new Date('2026-03-01T02:03:04.005Z'), id: 42n };
    const search = toAuditSearch(query, { before });
    expect(search).toBe(
      '?actor=a%40example.org&target=figure%3Ax&outcome=ok&from=2026-03-01&before=2026-03-01T02%3A03%3A04.005Z_42',
    );
    expect(parseAuditQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual({
      ok: true,
      query: { ...query, before },
    });
  });

  it('is empty for the unfiltered first page', () => {
    expect(toAuditSearch({})).toBe('');
  });
});

describe('toKoreanDayStart', () => {
  it('starts a day at midnight in Korea, 15:00 UTC the day before', () => {
    expect(toKoreanDayStart('2026-03-01').toISOString()).toBe('2026-02-28T15:00:00.000Z');
  });
});
