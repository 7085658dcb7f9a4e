import type { PledgeStatus, PledgeStatusCode } from './pledge-status.ts';
import type { DecimalString, PreciseDate } from './types.ts';

/**
 * What a computed status rests on, for the "how this was computed" details under each pledge and
 * the methodology page they link to: which baseline the pace started from, and why the pace was
 * or was not assessed. Plain data; the component words it.
 */

/**
 * Why the status says what it says about pace: assessed against the thresholds, or one of the
 * reasons it was not (a milestone or policy is judged by verdict; too few sourced points; no
 * figure after the baseline or no distance to cover; reached; no deadline; deadline passed; no
 * figure at all).
 */
export type PaceNote =
  | 'assessed'
  | 'judgedByVerdict'
  | 'tooFewPoints'
  | 'noSpan'
  | 'achieved'
  | 'noDeadline'
  | 'overdue'
  | 'noFigure';

export interface StatusBaseline {
  value: DecimalString;
  on: PreciseDate;
  /** A modelling assumption, not a sourced figure: it does not count as a point. */
  assumed: boolean;
  /** The pledge gives none, so the pace started from the indicator's first reported figure. */
  firstFigure: boolean;
}

export interface StatusInputs {
  baseline: StatusBaseline | null;
  note: PaceNote;
}

const NOTE_BY_STATUS: Record<PledgeStatusCode, PaceNote> = {
  ACHIEVED: 'achieved',
  ON_TRACK: 'assessed',
  NEEDS_ACCELERATION: 'assessed',
  BEHIND: 'assessed',
  DETERIORATING: 'assessed',
  OVERDUE: 'overdue',
  NO_DEADLINE: 'noDeadline',
  INSUFFICIENT_DATA: 'tooFewPoints',
  NO_FIGURE: 'noFigure',
  AWAITING_EVIDENCE: 'judgedByVerdict',
};

/**
 * The inputs behind `status`. The baseline is the one the pace used when it was assessed, and
 * otherwise the pledge's own (the status is decided before the pace when the target is reached,
 * has no deadline or is overdue, but the reader still wants to see where it started).
 */
export function toStatusInputs(
  status: Pick<PledgeStatus, 'status' | 'pace' | 'sourcedPoints'>,
  pledgeBaseline: { value: DecimalString; on: PreciseDate; assumed?: boolean } | null,
): StatusInputs {
  const baseline: StatusBaseline | null = status.pace
    ? { ...status.pace.baseline, firstFigure: pledgeBaseline === null }
    : pledgeBaseline
      ? { ...pledgeBaseline, assumed: pledgeBaseline.assumed ?? false, firstFigure: false }
      : null;
  const note =
    status.status === 'INSUFFICIENT_DATA' && status.sourcedPoints >= 2
      ? 'noSpan'
      : NOTE_BY_STATUS[status.status];
  return { baseline, note };
}
