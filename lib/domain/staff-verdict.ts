import type { PreciseDate } from './types.ts';
import type { ReviewDecision, VerdictRating } from './verdict.ts';

/**
 * A verdict as the staff pages show it (the review queue, a pledge's staff page): plain data, read
 * from the primary by lib/server/queries/staff-verdicts.ts, so server pages and client buttons
 * share one shape.
 */

/** At most this many pieces of evidence back one verdict: enough to show, few enough to read. */
export const MAX_VERDICT_EVIDENCE = 10;

/** Pending verdicts per page of the review queue, oldest first. */
export const VERDICT_QUEUE_PAGE_SIZE = 20;

/** A pledge's staff page lists at most this many of its verdicts, newest first. */
export const PLEDGE_VERDICTS_SHOWN = 50;

/** A staff member as a verdict names them; null name for the initial dataset ("seed"). */
export interface VerdictPerson {
  id: string;
  name: string | null;
}

export interface StaffVerdictEvidence {
  position: number;
  source: { slug: string; title: string; publisher: string };
  quote: string;
  /** The date the evidence describes, as precisely as it is known. */
  on: PreciseDate;
}

export interface StaffVerdictReview {
  decision: ReviewDecision;
  /** null when no second person was required (review turned off, or the seed). */
  reviewedBy: VerdictPerson | null;
  note: string | null;
  /** ISO instant. */
  reviewedAt: string;
}

export interface StaffVerdict {
  id: number;
  pledge: { slug: string; titleKo: string; titleEn: string };
  rating: VerdictRating;
  reasoningKo: string;
  reasoningEn: string;
  reason: string | null;
  proposedBy: VerdictPerson;
  /** ISO instant. */
  proposedAt: string;
  evidence: StaffVerdictEvidence[];
  review: StaffVerdictReview | null;
}

export type VerdictState = 'pending' | 'published' | 'rejected';

/** Waiting for a reviewer, published by an approval, or rejected (kept, never shown publicly). */
export function toVerdictState(review: Pick<StaffVerdictReview, 'decision'> | null): VerdictState {
  if (!review) return 'pending';
  return review.decision === 'APPROVED' ? 'published' : 'rejected';
}
