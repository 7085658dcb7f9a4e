import type { DatePrecision, DecimalString, PledgeKind } from '../../lib/domain/types.ts';
import type { VerdictRating } from '../../lib/domain/verdict.ts';
import type { AdministrationRef, IndicatorRecord } from '../../lib/domain/records.ts';

/**
 * The shape of the reviewable seed dataset (data.ts). Records refer to each other by `key`
 * (a stable kebab-case slug that also appears in URLs), never by database id, so the file
 * reads on its own and loading it twice changes nothing.
 */

export interface SeedTheme {
  key: string;
  nameKo: string;
  nameEn: string;
  sortOrder: number;
}

/** A mayoral administration as the dashboard records it (nameKo e.g. "민선 7기"), named by `key`. */
export interface SeedAdministration extends Omit<AdministrationRef, 'slug'> {
  key: string;
}

export interface SeedSource {
  key: string;
  /** File name in the article archive (prisma/seed/articles/manifest.json) whose text every quote is copied from. */
  articleFile: string;
  title: string;
  publisher: string;
  /** True when the article does not print its publisher and it was inferred (say how in dateNote/publisherNote). */
  publisherInferred: boolean;
  publisherNote?: string;
  /** ISO date; with MONTH/YEAR precision use the 1st of the month / 1 January. */
  publishedOn: string;
  publishedPrecision: DatePrecision;
  /** True when the article prints no full date and it was inferred from the text. */
  publishedInferred: boolean;
  /** How the date was inferred (Korean), required when publishedInferred. */
  dateNote?: string;
  author?: string;
  language: 'ko';
  url?: string;
}

/** An indicator as the dashboard records it, named by `key` and its theme's key. */
export interface SeedIndicator extends Omit<IndicatorRecord, 'slug' | 'theme'> {
  key: string;
  theme: string;
}

export interface SeedFigure {
  key: string;
  indicator: string;
  value: DecimalString;
  /** The date the figure describes (as reported); canonical first-of-period for MONTH/YEAR. */
  observedOn: string;
  observedPrecision: DatePrecision;
  source: string;
  /** Copied character for character from the article (a substring of its text). */
  quote: string;
  noteKo?: string;
  noteEn?: string;
}

export interface SeedDate {
  date: string;
  precision: DatePrecision;
  /** True when the article does not state it and it was inferred; explain in the pledge note. */
  inferred: boolean;
}

export interface SeedPledge {
  key: string;
  kind: PledgeKind;
  /** The quantity the pledge is about; for a MILESTONE, the one it concerns (it also gives the theme). */
  indicator: string;
  administration: string;
  titleKo: string;
  titleEn: string;
  /** Required for TARGET and POLICY (the promised level), absent for MILESTONE. */
  targetValue?: DecimalString;
  deadline?: SeedDate;
  /** Where progress starts from; `assumed` marks a modelling assumption not printed in the article. */
  baseline?: { value: DecimalString; date: string; precision: DatePrecision; assumed: boolean };
  announcedOn: string;
  announcedPrecision: DatePrecision;
  source: string;
  quote: string;
  /** Key of an earlier pledge this one raises or moves (the old goalpost stays visible). */
  supersedes?: string;
  noteKo?: string;
  noteEn?: string;
}

/**
 * A verdict the seed publishes: what a careful reader of the five articles concludes about a
 * pledge, with the words that show it. NOT_YET_RATED records why the articles do not settle it.
 */
export interface SeedVerdict {
  pledge: string;
  rating: VerdictRating;
  reasoningKo: string;
  reasoningEn: string;
  evidence: {
    source: string;
    /** Copied character for character from the article (a substring of its text). */
    quote: string;
    /** The date the evidence speaks of; canonical first-of-period for MONTH/YEAR. */
    on: string;
    precision: DatePrecision;
  }[];
}

export interface SeedDataset {
  themes: SeedTheme[];
  administrations: SeedAdministration[];
  sources: SeedSource[];
  indicators: SeedIndicator[];
  figures: SeedFigure[];
  pledges: SeedPledge[];
  verdicts: SeedVerdict[];
}
