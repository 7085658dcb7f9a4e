import type { PledgeStatusCode } from './pledge-status.ts';
import type { PreciseDate } from './types.ts';

/**
 * Verdicts: what staff judged a pledge to have become, on the six-stage scale Korean local
 * governments publish pledge progress on (완료, 이행 후 계속 추진, 정상 추진, 일부 추진, 보류,
 * 폐기), plus "not yet rated". A verdict is a person's judgement backed by quoted evidence; the
 * computed status (pledge-status.ts) is the arithmetic on reported figures. The two are kept
 * apart and shown side by side, as Open SDG keeps computed progress apart from what staff report.
 */

/** The scale, in the order the methodology page and every count list it (done → dropped → unrated). */
export const VERDICT_RATINGS = [
  'COMPLETED',
  'COMPLETED_ONGOING',
  'IN_PROGRESS',
  'PARTLY_DONE',
  'ON_HOLD',
  'DROPPED',
  'NOT_YET_RATED',
] as const;
export type VerdictRating = (typeof VERDICT_RATINGS)[number];

/** What a verdict filter offers (tracker, API): each rating, and NONE for pledges never rated. */
export const VERDICT_FILTERS = [...VERDICT_RATINGS, 'NONE'] as const;
export type VerdictFilter = (typeof VERDICT_FILTERS)[number];

/**
 * The PolitiFact rating each stage corresponds to (its Obameter/Trump-O-Meter scale: Not Yet
 * Rated, In the Works, Stalled, Compromise, Promise Kept, Promise Broken), so a reader who knows
 * one scale can read the other. Both "done" stages are Promise Kept: PolitiFact does not tell
 * apart a promise kept once from one kept and still running.
 */
export const POLITIFACT_EQUIVALENT: Record<VerdictRating, string> = {
  COMPLETED: 'Promise Kept',
  COMPLETED_ONGOING: 'Promise Kept',
  IN_PROGRESS: 'In the Works',
  PARTLY_DONE: 'Compromise',
  ON_HOLD: 'Stalled',
  DROPPED: 'Promise Broken',
  NOT_YET_RATED: 'Not Yet Rated',
};

/** A rating other than "not yet rated" says something happened, so it must quote what shows it. */
export function ratingNeedsEvidence(rating: VerdictRating): boolean {
  return rating !== 'NOT_YET_RATED';
}

/** Where the scale and the computed status point: done, moving, stuck or unknown. */
type Direction = 'done' | 'moving' | 'stuck' | 'unknown';

const RATING_DIRECTION: Record<VerdictRating, Direction> = {
  COMPLETED: 'done',
  COMPLETED_ONGOING: 'done',
  IN_PROGRESS: 'moving',
  PARTLY_DONE: 'stuck',
  ON_HOLD: 'stuck',
  DROPPED: 'stuck',
  NOT_YET_RATED: 'unknown',
};

const STATUS_DIRECTION: Record<PledgeStatusCode, Direction> = {
  ACHIEVED: 'done',
  ON_TRACK: 'moving',
  NEEDS_ACCELERATION: 'moving',
  NO_DEADLINE: 'unknown',
  BEHIND: 'stuck',
  DETERIORATING: 'stuck',
  OVERDUE: 'stuck',
  INSUFFICIENT_DATA: 'unknown',
  NO_FIGURE: 'unknown',
  AWAITING_EVIDENCE: 'unknown',
};

/**
 * Whether a verdict and the computed status contradict each other, so the page flags both
 * instead of letting one silently win: a verdict of done while the figures say short of the
 * target (or the reverse), or a verdict of stalled while the figures are on course. A status that
 * cannot judge (no figure, no deadline, too few points) contradicts nothing, nor does "not yet
 * rated"; "needs acceleration" is still moving, so it agrees with "under way".
 */
export function verdictDisagrees(rating: VerdictRating, status: PledgeStatusCode): boolean {
  const [verdict, computed] = [RATING_DIRECTION[rating], STATUS_DIRECTION[status]];
  if (verdict === 'unknown' || computed === 'unknown') return false;
  return verdict !== computed;
}

/** One piece of evidence behind a verdict: a source, its exact words, and the date they speak of. */
export interface VerdictEvidence {
  sourceSlug: string;
  quote: string;
  /** The date the evidence describes (not the date it was published), with its precision. */
  on: PreciseDate;
}

/** What a reviewer decided about a proposed verdict. */
export const REVIEW_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Why a staff member may not review a verdict, or null when they may. */
export type ReviewRefusal = 'own-verdict' | 'already-reviewed' | null;

/**
 * The second pair of eyes: a proposal is reviewed once, and never by the person who proposed it
 * while review is required. With review turned off (a small team's choice, made by an admin) the
 * proposer's verdict is published as it is saved, and says so.
 */
export function reviewRefusal(
  verdict: { proposedBy: string; reviewed: boolean },
  reviewerId: string,
  reviewRequired: boolean,
): ReviewRefusal {
  if (verdict.reviewed) return 'already-reviewed';
  if (reviewRequired && verdict.proposedBy === reviewerId) return 'own-verdict';
  return null;
}

/** A published verdict as the history needs it: when it came into force. */
export interface PublishedAt {
  publishedAt: string;
}

/**
 * The verdict in force at the end of `asOfEnd` (an ISO instant): the latest one published by
 * then. Verdicts are append-only, so a later one replaces an earlier one without erasing it.
 */
export function verdictInForce<V extends PublishedAt>(
  published: readonly V[],
  asOfEnd: string,
): V | null {
  let inForce: V | null = null;
  for (const verdict of published) {
    if (verdict.publishedAt > asOfEnd) continue;
    if (!inForce || verdict.publishedAt >= inForce.publishedAt) inForce = verdict;
  }
  return inForce;
}
