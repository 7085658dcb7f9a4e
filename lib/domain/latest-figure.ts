import { comparePreciseDates } from './precise-date.ts';
import type { FigureRecord } from './records.ts';

/** Figures oldest first; on the same date, by slug, so the order never depends on the database. */
export function sortFiguresByDate(figures: readonly FigureRecord[]): FigureRecord[] {
  return [...figures].sort(
    (a, b) => comparePreciseDates(a.observedOn, b.observedOn) || a.slug.localeCompare(b.slug),
  );
}

/** The most recently dated figure, or null when none is reported. */
export function getLatestFigure(figures: readonly FigureRecord[]): FigureRecord | null {
  return sortFiguresByDate(figures).at(-1) ?? null;
}
