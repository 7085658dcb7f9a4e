import 'server-only';
import { UNITS } from '../../domain/types.ts';
import { unitLabel } from '../../domain/format-value.ts';

/** What every download says about itself: when, what, units, definitions and how to cite it. */
export function exportAbout(content: { stem: string; asOf: string }): Record<string, unknown> {
  return {
    title: 'Pledgeboard — 광주광역시 공약과 보고된 수치 / Gwangju pledges and reported figures',
    scope: content.stem,
    generatedAt: new Date().toISOString(),
    statusesAsOf: content.asOf,
    values: 'value_exact / value: exact decimals in base units (won, not 억원). Display columns show the dashboard’s wording.',
    dates: 'Dates carry their precision: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).',
    units: Object.fromEntries(UNITS.map((unit) => [unit, { ko: unitLabel(unit, 'ko'), en: unitLabel(unit, 'en') }])),
    statuses:
      'Computed, never typed: ACHIEVED, ON_TRACK (≥95% of the required pace), NEEDS_ACCELERATION (60–95%), BEHIND (<60%), DETERIORATING (moving away), OVERDUE, NO_DEADLINE, INSUFFICIENT_DATA, NO_FIGURE, AWAITING_EVIDENCE (milestones).',
    citation: `Pledgeboard (${content.asOf}). 광주광역시 공약과 보고된 수치. Each figure: cite its source and quote (columns source_*, quote).`,
  };
}
