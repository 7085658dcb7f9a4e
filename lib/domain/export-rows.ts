import { formatValue } from './format-value.ts';
import { precisionLabel, toIsoPeriod } from './precise-date.ts';
import type {
  FigureRecord,
  IndicatorRecord,
  PledgeRecord,
  SourceRef,
  VerdictSummary,
} from './records.ts';
import { verdictDisagrees } from './verdict.ts';
import type { CsvCell } from './csv.ts';
import { normalizeDecimal } from './exact-decimal.ts';
import type { PledgeStatus } from './pledge-status.ts';
import { formatStatusLabel, formatStatusReason } from './progress-reason.ts';
import type { Translate } from './translator.ts';

/**
 * The rows of a data export: one per reported figure and one per pledge, each self-contained —
 * exact value in base units (won, not 억원) beside the display text, the date with its precision,
 * the administration, and the source with its exact quote. Headers are stable snake_case so
 * scripts can rely on them; values keep their Korean text.
 */

export const EXPORT_HEADER = [
  'record_kind',
  'indicator_slug',
  'indicator_name_ko',
  'indicator_name_en',
  'theme_ko',
  'unit',
  'value_exact',
  'value_display_ko',
  'date',
  'date_precision',
  'date_role',
  'date_inferred',
  'pledge_slug',
  'pledge_title_ko',
  'pledge_title_en',
  'administration_ko',
  'administration_en',
  'mayor_ko',
  'announced',
  'announced_precision',
  'baseline_value_exact',
  'baseline_date',
  'baseline_assumed',
  'superseded_by_pledge',
  'revision',
  'source_title',
  'source_publisher',
  'source_published',
  'source_date_inferred',
  'source_url',
  'quote',
  'note_ko',
  'note_en',
  'status',
  'status_ko',
  'status_reason_ko',
  'status_as_of',
  'verdict',
  'verdict_ko',
  'verdict_reasoning_ko',
  'verdict_reasoning_en',
  'verdict_published_at',
  'verdict_reviewed',
  'verdict_disagrees_with_status',
  'verdict_evidence',
] as const;

type ExportRow = Record<(typeof EXPORT_HEADER)[number], CsvCell>;

function sourceColumns(source: SourceRef) {
  return {
    source_title: source.title,
    source_publisher: source.publisher,
    source_published: toIsoPeriod(source.publishedOn),
    source_date_inferred: source.publishedInferred ? 'yes' : 'no',
    source_url: source.url,
  };
}

function indicatorColumns(indicator: IndicatorRecord) {
  return {
    indicator_slug: indicator.slug,
    indicator_name_ko: indicator.nameKo,
    indicator_name_en: indicator.nameEn,
    theme_ko: indicator.theme.nameKo,
    unit: indicator.unit,
  };
}

export function toFigureExportRow(
  figure: FigureRecord,
  indicator: IndicatorRecord,
): readonly CsvCell[] {
  const row: ExportRow = {
    record_kind: 'reported_figure',
    ...indicatorColumns(indicator),
    value_exact: normalizeDecimal(figure.value),
    value_display_ko: formatValue(figure.value, indicator.unit, 'ko'),
    date: toIsoPeriod(figure.observedOn),
    date_precision: precisionLabel(figure.observedOn.precision, 'en'),
    date_role: 'observed',
    date_inferred: figure.source.publishedInferred ? 'yes' : 'no',
    pledge_slug: null,
    pledge_title_ko: null,
    pledge_title_en: null,
    administration_ko: null,
    administration_en: null,
    mayor_ko: null,
    announced: null,
    announced_precision: null,
    baseline_value_exact: null,
    baseline_date: null,
    baseline_assumed: null,
    superseded_by_pledge: null,
    revision: figure.revision,
    ...sourceColumns(figure.source),
    quote: figure.quote,
    note_ko: figure.noteKo,
    note_en: figure.noteEn,
    status: null,
    status_ko: null,
    status_reason_ko: null,
    status_as_of: null,
    ...NO_VERDICT,
  };
  return EXPORT_HEADER.map((column) => row[column]);
}

const NO_VERDICT = {
  verdict: null,
  verdict_ko: null,
  verdict_reasoning_ko: null,
  verdict_reasoning_en: null,
  verdict_published_at: null,
  verdict_reviewed: null,
  verdict_disagrees_with_status: null,
  verdict_evidence: null,
};

/**
 * The verdict in force beside the status (never merged into it): its code and Korean name, the
 * reasoning in both languages, when it was published and whether a second person approved it,
 * whether it contradicts the computed status, and each piece of evidence on a line of its own:
 * “quote” — publisher, title (date the evidence speaks of).
 */
function verdictColumns(
  verdict: VerdictSummary,
  status: PledgeStatus | undefined,
  verdictsKo: Translate,
) {
  return {
    verdict: verdict.rating,
    verdict_ko: verdictsKo(`rating.${verdict.rating}`),
    verdict_reasoning_ko: verdict.reasoningKo,
    verdict_reasoning_en: verdict.reasoningEn,
    verdict_published_at: verdict.publishedAt,
    verdict_reviewed: verdict.unreviewed ? 'no' : 'yes',
    verdict_disagrees_with_status: status
      ? verdictDisagrees(verdict.rating, status.status)
        ? 'yes'
        : 'no'
      : null,
    verdict_evidence:
      (verdict.evidence ?? [])
        .map(
          (e) => `“${e.quote}” — ${e.source.publisher}, ${e.source.title} (${toIsoPeriod(e.on)})`,
        )
        .join('\n') || null,
  };
}

/**
 * `status`, when given, adds the engine's computed status (code, Korean label and reason, as-of
 * date), worded by `progressKo`, a translator over the Korean `progress` messages; `verdict` the
 * verdict in force, worded by a translator over the Korean `verdicts` messages.
 */
export function toPledgeExportRow(
  pledge: PledgeRecord,
  indicator: IndicatorRecord,
): readonly CsvCell[];
export function toPledgeExportRow(
  pledge: PledgeRecord,
  indicator: IndicatorRecord,
  status: PledgeStatus,
  progressKo: Translate,
  verdict?: { summary: VerdictSummary | null; verdictsKo: Translate },
): readonly CsvCell[];
export function toPledgeExportRow(
  pledge: PledgeRecord,
  indicator: IndicatorRecord,
  status?: PledgeStatus,
  progressKo?: Translate,
  verdict?: { summary: VerdictSummary | null; verdictsKo: Translate },
): readonly CsvCell[] {
  const row: ExportRow = {
    // pledge_target, pledge_milestone or pledge_policy: a policy's value is its promised level.
    record_kind: `pledge_${pledge.kind.toLowerCase()}`,
    ...indicatorColumns(indicator),
    value_exact: pledge.targetValue === null ? null : normalizeDecimal(pledge.targetValue),
    value_display_ko:
      pledge.targetValue === null ? null : formatValue(pledge.targetValue, indicator.unit, 'ko'),
    date: pledge.deadline ? toIsoPeriod(pledge.deadline) : null,
    date_precision: pledge.deadline ? precisionLabel(pledge.deadline.precision, 'en') : null,
    date_role: 'deadline',
    date_inferred: pledge.deadline ? (pledge.deadlineInferred ? 'yes' : 'no') : null,
    pledge_slug: pledge.slug,
    pledge_title_ko: pledge.titleKo,
    pledge_title_en: pledge.titleEn,
    administration_ko: pledge.administration.nameKo,
    administration_en: pledge.administration.nameEn,
    mayor_ko: pledge.administration.mayorKo,
    announced: toIsoPeriod(pledge.announcedOn),
    announced_precision: precisionLabel(pledge.announcedOn.precision, 'en'),
    baseline_value_exact: pledge.baseline ? normalizeDecimal(pledge.baseline.value) : null,
    baseline_date: pledge.baseline ? toIsoPeriod(pledge.baseline.on) : null,
    baseline_assumed: pledge.baseline ? (pledge.baseline.assumed ? 'yes' : 'no') : null,
    superseded_by_pledge: pledge.supersededBySlug,
    revision: pledge.revision,
    ...sourceColumns(pledge.source),
    quote: pledge.quote,
    note_ko: pledge.noteKo,
    note_en: pledge.noteEn,
    status: status?.status ?? null,
    status_ko: status ? formatStatusLabel(status, progressKo!) : null,
    status_reason_ko: status
      ? formatStatusReason(
          status,
          indicator.unit,
          { locale: 'ko', t: progressKo! },
          pledge.baseline?.value,
        )
      : null,
    status_as_of: status?.asOf ?? null,
    ...(verdict?.summary
      ? verdictColumns(verdict.summary, status, verdict.verdictsKo)
      : NO_VERDICT),
  };
  return EXPORT_HEADER.map((column) => row[column]);
}
