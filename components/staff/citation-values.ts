import type { SourceRef } from '@/lib/domain/records';

/**
 * What the figure and pledge forms share: the source a record cites, the words quoted from it and
 * optional notes; and how a save is named (a slug when added, a reason when corrected). Not a
 * client module, so the pages can fill it from a stored record.
 */
export interface CitationValues {
  source: string;
  quote: string;
  noteKo: string;
  noteEn: string;
  reason: string;
  slug: string;
}

export const EMPTY_CITATION: CitationValues = {
  source: '',
  quote: '',
  noteKo: '',
  noteEn: '',
  reason: '',
  slug: '',
};

/** A stored record's citation as its correction form starts; the reason is left to staff. */
export function toCitationValues(
  record: {
    source: Pick<SourceRef, 'slug'>;
    quote: string;
    noteKo: string | null;
    noteEn: string | null;
  },
  slug: string,
): CitationValues {
  return {
    source: record.source.slug,
    quote: record.quote,
    noteKo: record.noteKo ?? '',
    noteEn: record.noteEn ?? '',
    reason: '',
    slug,
  };
}
