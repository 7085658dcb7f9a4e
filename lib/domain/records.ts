import type { DecimalString, Measure, PledgeKind, PreciseDate, Unit } from './types.ts';

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
