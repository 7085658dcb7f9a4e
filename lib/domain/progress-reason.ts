import { formatValue } from './format-value.ts';
import { attachParticle } from './korean-particle.ts';
import type { PledgeStatus } from './pledge-status.ts';
import { formatPreciseDate } from './precise-date.ts';
import { formatShare } from './share-of-target.ts';
import type { Translate, Wording } from './translator.ts';
import type { Unit } from './types.ts';

/**
 * The one-sentence reason behind a status, in Korean and English, from the `progress` namespace
 * of messages/*.json (so a translator edits wording in one place): `t` is a translator over it.
 * Amounts keep their exact Korean form; particles after values are chosen by sound
 * (see korean-particle.ts).
 */

/**
 * A pace ratio (or a threshold on it) as a whole per cent: 0.95 → "95%", -0.2 → "-20%". Whole per
 * cents because the thresholds are whole and the straight path is itself an approximation; the
 * same in Korean and English.
 */
export function formatPaceRatio(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** The badge text: "조기 달성" for a target reached before its deadline, otherwise the status's own name. */
export function formatStatusLabel(result: PledgeStatus, t: Translate): string {
  const key =
    result.status === 'ACHIEVED' && (result.monthsEarly ?? 0) > 0
      ? 'ACHIEVED_EARLY'
      : result.status;
  return t(`status.${key}`);
}

export function formatStatusReason(
  result: PledgeStatus,
  unit: Unit,
  { locale, t }: Wording,
  baseline?: string | null,
): string {
  const value = (v: string | null | undefined) => (v ? formatValue(v, unit, locale) : '');
  const latest = value(result.latest?.value);
  const share = result.share === null ? '' : formatShare(result.share, locale);
  const params = {
    target: value(result.target),
    deadline: result.deadline ? formatPreciseDate(result.deadline, locale) : '',
    latest,
    latestRo: attachParticle(latest, '으로/로'),
    latestShareRo: `${latest}(${share})${attachParticle(latest, '으로/로').slice(latest.length)}`,
    latestDate: result.latest ? formatPreciseDate(result.latest.observedOn, locale) : '',
    share,
    pace: result.paceRatio === null ? '' : formatPaceRatio(result.paceRatio),
    expected: value(result.expectedAtLatest),
    projected: value(result.projectedAtDeadline),
    perYear: value(result.requiredPerYear),
    baseline: value(baseline),
    achievedOn: result.achievedOn ? formatPreciseDate(result.achievedOn, locale) : '',
    early: duration(Math.abs(result.monthsEarly ?? 0), t),
    late: duration(Math.abs(result.monthsEarly ?? 0), t),
  };
  // English puts the share in parentheses after the whole phrase; Korean right after the amount.
  if (locale === 'en') params.latestShareRo = latest;
  return t(`reason.${reasonKey(result)}`, params);
}

function reasonKey(result: PledgeStatus): string {
  switch (result.status) {
    case 'ACHIEVED':
      if (result.monthsEarly === null) return 'achievedNoDeadline';
      return result.monthsEarly > 0
        ? 'achievedEarly'
        : result.monthsEarly === 0
          ? 'achievedOnTime'
          : 'achievedLate';
    case 'ON_TRACK':
      return 'onTrack';
    case 'NEEDS_ACCELERATION':
      return 'needsAcceleration';
    case 'BEHIND':
      return 'behind';
    case 'DETERIORATING':
      return 'deteriorating';
    case 'OVERDUE':
      return 'overdue';
    case 'NO_DEADLINE':
      return 'noDeadline';
    case 'INSUFFICIENT_DATA':
      return 'insufficientData';
    case 'NO_FIGURE':
      return !result.deadline
        ? 'noFigureNoDeadline'
        : result.deadlinePassed
          ? 'noFigureOverdue'
          : 'noFigure';
    case 'AWAITING_EVIDENCE':
      // A policy is a programme promised from a date on, so "due" and "past" do not fit it.
      if (result.kind === 'POLICY')
        return result.deadline ? 'awaitingPolicy' : 'awaitingPolicyNoDeadline';
      return !result.deadline
        ? 'awaitingEvidenceNoDeadline'
        : result.deadlinePassed
          ? 'awaitingEvidenceOverdue'
          : 'awaitingEvidence';
  }
}

/** "1년 3개월" / "1 year 3 months". */
function duration(months: number, t: Translate): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return t('reason.duration', {
    years,
    months: rest,
    both: years > 0 && rest > 0 ? 'yes' : 'no',
  });
}
