import type { FigureRecord, IndicatorRecord, SourceRef } from './records.ts';

/** Sources per page of the sources list. */
export const SOURCES_PER_PAGE = 20;
/** Figures and pledges listed under each source; the rest are counted and reached elsewhere. */
export const QUOTES_PER_SOURCE = 10;

export interface QuotedPledge {
  slug: string;
  indicatorSlug: string;
  titleKo: string;
  titleEn: string;
  administration: { nameKo: string; nameEn: string };
  quote: string;
}

export interface SourceEntry {
  source: SourceRef;
  figureCount: number;
  /** The source's first figures by date, with their indicators. */
  figures: { figure: FigureRecord; indicator: IndicatorRecord }[];
  pledgeCount: number;
  pledges: QuotedPledge[];
}

/** One page of the sources list, newest first. */
export interface SourcesPage {
  page: number;
  pageCount: number;
  total: number;
  sources: SourceEntry[];
}
