import { translatorFor } from '@/i18n/translators';
import { feedQuerySchema } from '@/lib/domain/api-v1/schemas';
import { decodeFeedCursor, encodeFeedCursor, FEED_PAGE_SIZE, toFeedScope } from '@/lib/domain/feed';
import { toFeedEntryDto } from '@/lib/domain/feed-document';
import { LOCALES, type Locale } from '@/lib/domain/types';
import { dashboard } from '@/lib/server/dashboard';
import { publicApiRead } from '@/lib/server/http/public-api-read';
import { HttpError } from '@/lib/server/http/to-error-response';
import { getSiteUrl } from '@/lib/server/site-url';

export const dynamic = 'force-dynamic';

/** The Atom feed's entries as JSON, titles in both languages, older pages by cursor (links.next). */
export const GET = publicApiRead(feedQuerySchema, async ({ cursor, ...filter }, url) => {
  const scope = toFeedScope(filter);
  const after = cursor === undefined ? undefined : decodeFeedCursor(cursor)!;
  const feed = await dashboard.listFeedEntries(scope, { limit: FEED_PAGE_SIZE, after });
  if (!feed) {
    const parameter = scope.scope === 'all' ? undefined : scope.scope;
    throw new HttpError(
      404,
      `No ${parameter} "${filter.indicator ?? filter.administration}".`,
      parameter,
    );
  }
  const words = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        locale,
        feed: translatorFor(locale, 'feed'),
        verdicts: translatorFor(locale, 'verdicts'),
      },
    ]),
  ) as Record<Locale, Parameters<typeof toFeedEntryDto>[1][Locale]>;
  const origin = getSiteUrl();
  const next = new URL(url);
  if (feed.next) next.searchParams.set('cursor', encodeFeedCursor(feed.next));
  return {
    data: feed.entries.map((entry) => toFeedEntryDto(entry, words, origin)),
    links: {
      self: `${url.pathname}${url.search}`,
      next: feed.next ? `${next.pathname}${next.search}` : null,
    },
  };
});
