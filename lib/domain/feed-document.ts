import type { FeedEntryDto } from './api-v1/schemas.ts';
import type { AtomFeed } from './atom.ts';
import {
  toFeedItem,
  toFeedPath,
  type FeedEntryRecord,
  type FeedScope,
  type FeedWording,
} from './feed.ts';
import type { Locale } from './types.ts';

/**
 * The feed's entries as Atom (one language) and as the API's JSON (both): same ids, same times,
 * same pages. Ids are tag URIs (RFC 4151) of the site's host and the row's table and id, so an
 * entry keeps its id when its wording or the page's address changes.
 */

/** The year the ids were minted in: part of every id, so never changed. */
const TAG_YEAR = 2026;

export function toFeedId(origin: URL, key: string): string {
  return `tag:${origin.hostname},${TAG_YEAR}:${key}`;
}

/** The page a scope follows: the overview, an indicator's page, an administration's card. */
function scopePagePath(scope: FeedScope, locale: Locale): string {
  const prefix = locale === 'ko' ? '' : `/${locale}`;
  if (scope.scope === 'indicator') return `${prefix}/indicators/${scope.slug}`;
  if (scope.scope === 'administration') return `${prefix}/report-cards/${scope.slug}`;
  return prefix || '/';
}

export interface FeedDocumentInput {
  scope: FeedScope;
  /** The indicator's or administration's name in the feed's language; null for the whole site. */
  subjectName: string | null;
  entries: readonly FeedEntryRecord[];
  origin: URL;
  words: FeedWording;
  siteName: string;
  /** When it was asked for: an empty feed's `updated`. */
  now: string;
}

export function toAtomFeed(input: FeedDocumentInput): AtomFeed {
  const { scope, subjectName, origin, words } = input;
  const t = words.feed;
  const title =
    scope.scope === 'all'
      ? t('title')
      : t(scope.scope === 'indicator' ? 'titleIndicator' : 'titleAdministration', {
          name: subjectName ?? scope.slug,
        });
  const items = input.entries.map((entry) => toFeedItem(entry, words));
  const key = scope.scope === 'all' ? 'all' : `${scope.scope}/${scope.slug}`;
  return {
    id: toFeedId(origin, `feed/${words.locale}/${key}`),
    title,
    subtitle: t('subtitle'),
    updated: items[0]?.updated ?? input.now,
    lang: words.locale,
    selfHref: new URL(toFeedPath(scope, words.locale), origin).href,
    alternateHref: new URL(scopePagePath(scope, words.locale), origin).href,
    authorName: input.siteName,
    entries: items.map((item) => ({
      id: toFeedId(origin, item.key),
      title: item.title,
      updated: item.updated,
      href: new URL(item.path, origin).href,
      summary: item.summary,
    })),
  };
}

export function toFeedEntryDto(
  entry: FeedEntryRecord,
  words: Record<Locale, FeedWording>,
  origin: URL,
): FeedEntryDto {
  const ko = toFeedItem(entry, words.ko);
  const en = toFeedItem(entry, words.en);
  return {
    id: toFeedId(origin, ko.key),
    kind: ko.kind,
    updated: ko.updated,
    title: { ko: ko.title, en: en.title },
    summary: { ko: ko.summary, en: en.summary },
    links: { ko: new URL(ko.path, origin).href, en: new URL(en.path, origin).href },
  };
}
