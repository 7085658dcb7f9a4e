import type { DecimalString, Measure, PledgeKind, PreciseDate, Unit } from './types.ts';
import type { VerdictRating } from './verdict.ts';

/**
 * The plain records the pages and exports work with: what lib/server returns (never ORM rows),
 * with every figure and pledge at its current revision and its source attached.
 */

export interface ThemeRef {
  slug: string;
  nameKo: string;
  nameEn: string;
  sortOrder: number;
}

export interface AdministrationRef {
  slug: string;
  nameKo: string;
  nameEn: string;
  mayorKo: string;
  mayorEn: string;
  termStart: string;
  termEnd: string;
}

export interface SourceRef {
  slug: string;
  title: string;
  publisher: string;
  publisherInferred: boolean;
  publisherNote: string | null;
  publishedOn: PreciseDate;
  publishedInferred: boolean;
  dateNote: string | null;
  author: string | null;
  url: string | null;
}

export interface IndicatorRecord {
  slug: string;
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  unit: Unit;
  measure: Measure;
  higherIsBetter: boolean;
  theme: ThemeRef;
}

export interface FigureRecord {
  slug: string;
  indicatorSlug: string;
  value: DecimalString;
  observedOn: PreciseDate;
  quote: string;
  noteKo: string | null;
  noteEn: string | null;
  /** Current revision number; above 1 means the figure was corrected. */
  revision: number;
  source: SourceRef;
}

export interface PledgeRecord {
  slug: string;
  kind: PledgeKind;
  indicatorSlug: string;
  titleKo: string;
  titleEn: string;
  targetValue: DecimalString | null;
  deadline: PreciseDate | null;
  deadlineInferred: boolean;
  baseline: { value: DecimalString; on: PreciseDate; assumed: boolean } | null;
  announcedOn: PreciseDate;
  quote: string;
  noteKo: string | null;
  noteEn: string | null;
  revision: number;
  administration: AdministrationRef;
  source: SourceRef;
  /** The earlier pledge this one raised or moved, and the later one that raised or moved this. */
  supersedesSlug: string | null;
  supersededBySlug: string | null;
}

/** What every revision in a history carries besides what it says. */
export interface RevisionMeta {
  revision: number;
  source: SourceRef;
  quote: string;
  /** Why it was corrected; null for the first revision. */
  reason: string | null;
  /** The staff member's name; null for the initial dataset loaded from the five articles. */
  authorName: string | null;
  createdAt: string;
}

export interface FigureRevisionRecord extends RevisionMeta {
  value: DecimalString;
  observedOn: PreciseDate;
  noteKo: string | null;
  noteEn: string | null;
}

export interface FigureHistory {
  slug: string;
  indicator: IndicatorRecord;
  /** Oldest first: revision 1 is what was first entered. */
  revisions: FigureRevisionRecord[];
}

export interface PledgeRevisionRecord extends RevisionMeta {
  titleKo: string;
  titleEn: string;
  targetValue: DecimalString | null;
  deadline: PreciseDate | null;
}

export interface PledgeHistory {
  slug: string;
  indicator: IndicatorRecord;
  /** Oldest first. */
  revisions: PledgeRevisionRecord[];
}

/** The verdict in force on a pledge, as lists of pledges carry it (its evidence is on the pledge's page). */
export interface VerdictSummary {
  id: number;
  rating: VerdictRating;
  reasoningKo: string;
  reasoningEn: string;
  /** When it was published (ISO instant): approved by a reviewer, or saved with review off. */
  publishedAt: string;
  /** It replaced an earlier published rating (a first rating after "not yet rated" is not a correction). */
  corrected: boolean;
  /** Published without a second reviewer: the initial dataset, or saved while review was off. */
  unreviewed: boolean;
  /** Its evidence, where the reader asked for it (pages and files that quote it). */
  evidence?: VerdictEvidenceRecord[];
}

export interface VerdictEvidenceRecord {
  source: SourceRef;
  quote: string;
  /** The date the evidence speaks of, with its precision. */
  on: PreciseDate;
}

/** A published verdict with everything its history shows. */
export interface PublishedVerdict extends VerdictSummary {
  /** Why it replaced the verdict before it; null for the first. */
  reason: string | null;
  evidence: VerdictEvidenceRecord[];
  /** Staff names; null for the initial dataset (and the reviewer when none was required). */
  proposerName: string | null;
  reviewerName: string | null;
  proposedAt: string;
}
