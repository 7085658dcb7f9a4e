/**
 * What a search may ask, checked once for the API, the page and the query: the text, its limits,
 * and how it becomes a LIKE pattern.
 */

export const SEARCH_KINDS = ['indicator', 'pledge', 'source', 'figure'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing found: where it lives, its name in both languages and the text that matched. */
export interface SearchHit {
  kind: SearchKind;
  slug: string;
  name: { ko: string; en: string };
  /** The text the query was found in (a name, a description, a title or a quote). */
  matched: string;
  /** The language of `matched` ("ko", "en"): a Korean quote on the English page is marked so. */
  matchedLang: string;
  /** 0 the whole name, 1 a name's start, 2 inside a name, 3 inside a description or quote. */
  rank: number;
  /** For a pledge or a figure, its indicator. */
  indicatorSlug?: string;
}

export type SearchResults = Record<SearchKind, SearchHit[]> & {
  /** False when the search of quotes gave up at its time limit (a phrase in too many quotes). */
  complete: boolean;
};

/** Longer is not a search but a pasted document; 200 characters hold any quote's sentence. */
export const SEARCH_MAX_LENGTH = 200;

/**
 * Trigram indexes (pg_trgm) answer a pattern of three characters or more. A shorter one could
 * only be answered by reading every quote, so it searches the names of indicators and pledges
 * alone: they are few (hundreds), and two Korean syllables such as "펀드" are a whole word.
 */
export const SEARCH_MIN_FULL_LENGTH = 3;

/** Results per kind: every answer stays bounded however common the word. */
export const SEARCH_RESULTS_PER_KIND = 10;

export type SearchTextProblem = 'empty' | 'too-long' | 'control-characters';

export type ParsedSearchText =
  { ok: true; text: string } | { ok: false; problem: SearchTextProblem };

// C0 and C1 controls (tab and newline included: a search box sends none) and U+FFFE/FFFF.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;

/**
 * Trims the text and normalises it to NFC, so a query typed as decomposed jamo (macOS input
 * methods) matches the composed syllables the data holds.
 */
export function parseSearchText(raw: string | null | undefined): ParsedSearchText {
  const text = (raw ?? '').normalize('NFC').trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (CONTROL_CHARACTERS.test(text)) return { ok: false, problem: 'control-characters' };
  if ([...text].length > SEARCH_MAX_LENGTH) return { ok: false, problem: 'too-long' };
  return { ok: true, text };
}

/** The text matched literally anywhere in a value: `%`, `_` and `\` lose their LIKE meaning. */
export function toContainsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** The text matched literally at the start of a value. */
export function toPrefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Whether the text is long enough to search quotes, descriptions and sources (see above). */
export function isFullSearch(text: string): boolean {
  return [...text].length >= SEARCH_MIN_FULL_LENGTH;
}

/** Where a hit is shown on the site (without the locale prefix). */
export function toSearchHitPath(hit: { kind: SearchKind; slug: string }): string {
  switch (hit.kind) {
    case 'indicator':
      return `/indicators/${hit.slug}`;
    case 'pledge':
      return `/pledges/${hit.slug}`;
    case 'figure':
      return `/figures/${hit.slug}`;
    case 'source':
      // The sources page opens on the page that lists it (?source=), then scrolls to its entry.
      return `/sources?source=${hit.slug}#${hit.slug}`;
  }
}

/** Every hit in the order a reader meets them: names of things before the quotes of figures. */
export function toSearchHitList(results: SearchResults): SearchHit[] {
  return SEARCH_KINDS.flatMap((kind) => results[kind]);
}
