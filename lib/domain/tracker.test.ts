import { describe, expect, it } from 'vitest';
import { seedDataset } from '../../prisma/seed/data.ts';
import { periodEnd } from './calendar.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from './records.ts';
import { aSource, anAdministration, aTheme } from './testing/records.ts';
import {
  countByStatus,
  DEFAULT_TRACKER_VIEW,
  filterTrackerRows,
  parseTrackerView,
  toTrackerPage,
  toTrackerRows,
  toTrackerSearch,
  TRACKER_PAGE_SIZE,
  type TrackerView,
} from './tracker.ts';

// The whole seed, as records, so the tracker is tested on the data the public sees.
/** Seed entries made into records, found by their key (a record's slug). */
const byKey = <Entry extends { key: string }, Record>(
  entries: Entry[],
  toRecord: (entry: Entry) => Record,
) => new Map(entries.map((entry) => [entry.key, toRecord(entry)]));
const themes = byKey(seedDataset.themes, ({ key, nameKo, nameEn, sortOrder }) =>
  aTheme({ slug: key, nameKo, nameEn, sortOrder }),
);
const admins = byKey(seedDataset.administrations, ({ key, nameKo, nameEn, termStart, termEnd }) =>
  anAdministration({ slug: key, nameKo, nameEn, termStart, termEnd }),
);
const indicators: IndicatorRecord[] = seedDataset.indicators.map((indicator) => ({
  slug: indicator.key,
  nameKo: indicator.nameKo,
  nameEn: indicator.nameEn,
  descriptionKo: indicator.descriptionKo,
  descriptionEn: indicator.descriptionEn,
  unit: indicator.unit,
  measure: indicator.measure,
  higherIsBetter: indicator.higherIsBetter,
  theme: themes.get(indicator.theme)!,
}));
const figures: FigureRecord[] = seedDataset.figures.map((figure) => ({
  slug: figure.key,
  indicatorSlug: figure.indicator,
  value: figure.value,
  observedOn: { date: figure.observedOn, precision: figure.observedPrecision },
  quote: figure.quote,
  noteKo: null,
  noteEn: null,
  revision: 1,
  source: aSource({ slug: figure.source }),
}));
const supersededBy = new Map(
  seedDataset.pledges.filter((p) => p.supersedes).map((p) => [p.supersedes!, p.key]),
);
const pledges: PledgeRecord[] = seedDataset.pledges.map((pledge) => ({
  slug: pledge.key,
  kind: pledge.kind,
  indicatorSlug: pledge.indicator,
  titleKo: pledge.titleKo,
  titleEn: pledge.titleEn,
  targetValue: pledge.targetValue ?? null,
  deadline: pledge.deadline
    ? { date: pledge.deadline.date, precision: pledge.deadline.precision }
    : null,
  deadlineInferred: pledge.deadline?.inferred ?? false,
  baseline: pledge.baseline
    ? {
        value: pledge.baseline.value,
        on: { date: pledge.baseline.date, precision: pledge.baseline.precision },
        assumed: pledge.baseline.assumed,
      }
    : null,
  announcedOn: { date: pledge.announcedOn, precision: pledge.announcedPrecision },
  quote: pledge.quote,
  noteKo: null,
  noteEn: null,
  revision: 1,
  administration: admins.get(pledge.administration)!,
  source: aSource({ slug: pledge.source }),
  supersedesSlug: pledge.supersedes ?? null,
  supersededBySlug: supersededBy.get(pledge.key) ?? null,
}));
const rows = toTrackerRows(pledges, indicators, figures, '2026-11-22');
const view = (overrides: Partial<TrackerView>): TrackerView => ({
  ...DEFAULT_TRACKER_VIEW,
  ...overrides,
});

describe('toTrackerRows', () => {
  it('has one row per pledge, each with its computed status', () => {
    expect(rows).toHaveLength(pledges.length);
    const fund = rows.find((row) => row.slug === 'startup-fund-500b-won');
    expect(fund).toMatchObject({
      theme: { slug: 'startups' },
      administration: { slug: 'min-8' },
      unit: 'KRW',
      status: { status: 'ACHIEVED', monthsEarly: 15 },
    });
    // The browser gets the figure's value and date, not its whole record.
    expect(fund?.status.latest).toEqual({
      value: '619200000000',
      observedOn: { date: '2025-09-01', precision: 'MONTH' },
    });
    expect(rows.find((row) => row.slug === 'gwangju-re100-2035')?.status.status).toBe(
      'AWAITING_EVIDENCE',
    );
  });

  it('survives a JSON round trip unchanged (it is sent to the browser)', () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});

describe('filterTrackerRows', () => {
  it.each<[string, Partial<TrackerView>, (row: (typeof rows)[number]) => boolean]>([
    ['by theme', { theme: 'energy-climate' }, (row) => row.theme.slug === 'energy-climate'],
    [
      'by administration',
      { administration: 'min-8' },
      (row) => row.administration.slug === 'min-8',
    ],
    [
      'by status',
      { status: 'AWAITING_EVIDENCE' },
      (row) => row.status.status === 'AWAITING_EVIDENCE',
    ],
    [
      'by all three',
      { theme: 'startups', administration: 'min-8', status: 'ACHIEVED' },
      (row) => row.slug === 'startup-fund-500b-won',
    ],
  ])('keeps exactly the matching pledges %s', (_name, overrides, expected) => {
    const kept = filterTrackerRows(rows, view(overrides));
    expect(kept.map((row) => row.slug).sort()).toEqual(
      rows
        .filter(expected)
        .map((row) => row.slug)
        .sort(),
    );
    expect(kept.length).toBeGreaterThan(0);
  });

  it('returns nothing, not everything, when no pledge matches', () => {
    expect(filterTrackerRows(rows, view({ theme: 'family', administration: 'min-8' }))).toEqual([]);
  });

  it('sorts by the end of each deadline period ("by Sep 2021" before "by 2021"), undated pledges last in both directions', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const sorted = filterTrackerRows(rows, view({ sort: 'deadline', direction }));
      const dated = sorted.filter((row) => row.deadline);
      const firstUndated = sorted.findIndex((row) => !row.deadline);
      expect(sorted.slice(firstUndated).every((row) => !row.deadline)).toBe(true);
      const dates = dated.map((row) => periodEnd(row.deadline!));
      expect(dates).toEqual(
        [...dates].sort((a, b) => (direction === 'asc' ? a.localeCompare(b) : b.localeCompare(a))),
      );
    }
  });

  it('sorts by status in the engine’s order and by theme order', () => {
    const byStatus = filterTrackerRows(rows, view({ sort: 'status' })).map(
      (row) => row.status.status,
    );
    expect(byStatus[0]).toBe('ACHIEVED');
    expect(byStatus.at(-1)).toBe('AWAITING_EVIDENCE');
    const byTheme = filterTrackerRows(rows, view({ sort: 'theme', direction: 'desc' })).map(
      (row) => row.theme.sortOrder,
    );
    expect(byTheme).toEqual([...byTheme].sort((a, b) => b - a));
  });

  it('does not depend on the order rows arrive in', () => {
    const shuffled = [...rows].reverse();
    expect(filterTrackerRows(shuffled, view({ sort: 'status' }))).toEqual(
      filterTrackerRows(rows, view({ sort: 'status' })),
    );
  });
});

describe('the view in the URL', () => {
  it.each<[Record<string, string>, Partial<TrackerView>, string]>([
    [{}, {}, ''],
    [{ theme: 'energy-climate' }, { theme: 'energy-climate' }, '?theme=energy-climate'],
    [
      { status: 'ACHIEVED', sort: 'status', direction: 'desc' },
      { status: 'ACHIEVED', sort: 'status', direction: 'desc' },
      '?status=ACHIEVED&sort=status&direction=desc',
    ],
    // Unreadable values fall back to the default instead of failing the page.
    [{ theme: 'DROP TABLE', status: 'GREAT', sort: 'random', direction: 'up' }, {}, ''],
  ])('%j reads as a view and writes back as %s', (params, expected, search) => {
    const parsed = parseTrackerView(params);
    expect(parsed).toEqual(view(expected));
    expect(toTrackerSearch(parsed)).toBe(search);
  });
});

describe('countByStatus', () => {
  it('counts every pledge once, listing every status', () => {
    const counts = countByStatus(rows);
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(rows.length);
    expect(counts.find((entry) => entry.status === 'ACHIEVED')?.count).toBeGreaterThanOrEqual(2);
    expect(counts.map((entry) => entry.status)).toContain('DETERIORATING');
  });
});

describe('toTrackerPage', () => {
  // Many pledges: the seed's rows, repeated under new slugs.
  const many = Array.from({ length: 3 }, (_, copy) =>
    rows.map((row) => ({ ...row, slug: `${row.slug}-${copy}` })),
  ).flat();
  const view = DEFAULT_TRACKER_VIEW;

  it('cuts the sorted view into pages that add up to it, with counts over all pages', () => {
    const whole = filterTrackerRows(many, view);
    const first = toTrackerPage(many, view, '2026-11-22');
    expect(first.pageCount).toBe(Math.ceil(whole.length / TRACKER_PAGE_SIZE));
    const pages = Array.from({ length: first.pageCount }, (_, index) =>
      toTrackerPage(many, { ...view, page: index + 1 }, '2026-11-22'),
    );
    expect(pages.flatMap((page) => page.rows)).toEqual(whole);
    expect(first.rows).toHaveLength(TRACKER_PAGE_SIZE);
    expect(first.total).toBe(whole.length);
    expect(first.counts).toEqual(countByStatus(whole));
  });

  it('shows the last page for a page past it, and one empty page for no match', () => {
    const past = toTrackerPage(many, { ...view, page: 999 }, '2026-11-22');
    expect(past.view.page).toBe(past.pageCount);
    expect(past.rows.length).toBeGreaterThan(0);
    const none = toTrackerPage(many, { ...view, theme: 'no-such-theme' }, '2026-11-22');
    expect(none).toMatchObject({ rows: [], total: 0, pageCount: 1, view: { page: 1 } });
  });

  it('reads the page from the URL, falling back to the first', () => {
    expect(parseTrackerView({ page: '3' }).page).toBe(3);
    expect(parseTrackerView({ page: 'x' }).page).toBe(1);
    expect(parseTrackerView({ page: '0' }).page).toBe(1);
    expect(toTrackerSearch({ ...view, page: 2 })).toBe('?page=2');
  });
});
