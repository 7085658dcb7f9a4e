import 'server-only';
import { UNITS } from '../../domain/types.ts';
import { unitLabel } from '../../domain/format-value.ts';
import { formatPaceRatio } from '../../domain/progress-reason.ts';
import { DEFAULT_PROGRESS_THRESHOLDS } from '../../domain/progress-thresholds.ts';

/**
 * What each format promises, stated in every download (the XLSX "about" sheet, JSON's "about")
 * as on /developers. The two CSVs differ on purpose: csv.ts.
 */
export const DOWNLOAD_CONTRACTS = {
  csv_for_excel:
    'format=csv: UTF-8 with a byte-order mark, for Excel. Text a spreadsheet would run as a formula (starting with = + - @, a tab or a line break, or their full-width forms) gets a leading apostrophe, so opening the file runs nothing: a stored "=1+1" reads "\'=1+1". Numbers are never changed.',
  csv_for_scripts:
    'format=csv-plain: UTF-8 without a byte-order mark, RFC 4180 quoting, every value exactly as stored (no apostrophe added: a stored "=1+1" reads "=1+1"). For CSV parsers, not spreadsheets.',
  xlsx_and_json:
    'format=xlsx: text in text cells, never formulas, exactly as stored; amounts as numbers where 15 significant digits hold them, text otherwise. format=json: every value exactly as stored.',
} as const;

/** What every download says about itself: when, what, units, definitions and how to cite it. */
export function exportAbout(content: { stem: string; asOf: string }): Record<string, unknown> {
  const onTrack = formatPaceRatio(DEFAULT_PROGRESS_THRESHOLDS.onTrack);
  const needsAcceleration = formatPaceRatio(DEFAULT_PROGRESS_THRESHOLDS.needsAcceleration);
  return {
    title: 'Pledgeboard — 광주광역시 공약과 보고된 수치 / Gwangju pledges and reported figures',
    scope: content.stem,
    generatedAt: new Date().toISOString(),
    statusesAsOf: content.asOf,
    values:
      'value_exact / value: exact decimals in base units (won, not 억원). Display columns show the dashboard’s wording.',
    dates: 'Dates carry their precision: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).',
    ...DOWNLOAD_CONTRACTS,
    units: Object.fromEntries(
      UNITS.map((unit) => [unit, { ko: unitLabel(unit, 'ko'), en: unitLabel(unit, 'en') }]),
    ),
    statuses: `Computed, never typed: ACHIEVED, ON_TRACK (≥${onTrack} of the required pace), NEEDS_ACCELERATION (${needsAcceleration}–${onTrack}), BEHIND (<${needsAcceleration}), DETERIORATING (moving away), OVERDUE, NO_DEADLINE, INSUFFICIENT_DATA (fewer than two sourced points), NO_FIGURE, AWAITING_EVIDENCE (milestones and policies, judged by verdict). Definitions: /methodology.`,
    citation: `Pledgeboard (${content.asOf}). 광주광역시 공약과 보고된 수치. Each figure: cite its source and quote (columns source_*, quote).`,
  };
}
