import type { SourceRef } from './records.ts';

/**
 * The sources a download cites, noted as its rows go by: a file of one indicator lists the
 * articles its figures and pledges quote, not every article the site knows. Listed newest first,
 * as /sources and the read API list them (by published date, latest first, then by slug).
 */
export interface CitedSources {
  note: (source: SourceRef) => void;
  list: () => SourceRef[];
}

export function createCitedSources(): CitedSources {
  const bySlug = new Map<string, SourceRef>();
  let last: SourceRef | undefined;
  return {
    note(source) {
      // Streamed figures share one record per source and come in long runs of one source.
      if (source === last) return;
      last = source;
      if (!bySlug.has(source.slug)) bySlug.set(source.slug, source);
    },
    list: () => [...bySlug.values()].sort(compareSourcesNewestFirst),
  };
}

/** Newest first: published date (a period by its first day, as the database keeps it), then slug. */
export function compareSourcesNewestFirst(a: SourceRef, b: SourceRef): number {
  if (a.publishedOn.date !== b.publishedOn.date)
    return a.publishedOn.date > b.publishedOn.date ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
