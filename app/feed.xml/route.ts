import { translatorFor } from '@/i18n/translators';
import { feedXmlQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toAtomXml } from '@/lib/domain/atom';
import { FEED_PAGE_SIZE, toFeedScope } from '@/lib/domain/feed';
import { toAtomFeed } from '@/lib/domain/feed-document';
import { dashboard } from '@/lib/server/dashboard';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';
import { getSiteUrl } from '@/lib/server/site-url';

export const dynamic = 'force-dynamic';

/**
 * /feed.xml: the latest 50 changes as Atom, in Korean (?lang=en: English, as chart images choose),
 * for the whole site, one indicator (?indicator=) or one administration's pledges (?administration=).
 */
export function GET(request: Request) {
  return cachedResponse(request, () => respond(request));
}

async function respond(request: Request) {
  try {
    const { lang, ...filter } = parseQuery(feedXmlQuerySchema, new URL(request.url));
    const scope = toFeedScope(filter);
    const feed = await dashboard.listFeedEntries(scope, { limit: FEED_PAGE_SIZE });
    if (!feed) throw notFound(scope);
    const xml = toAtomXml(
      toAtomFeed({
        scope,
        subjectName: feed.subject && (lang === 'ko' ? feed.subject.nameKo : feed.subject.nameEn),
        entries: feed.entries,
        // Links are the site's own address, never the request's Host header, which a client chooses.
        origin: getSiteUrl(),
        words: {
          locale: lang,
          feed: translatorFor(lang, 'feed'),
          verdicts: translatorFor(lang, 'verdicts'),
        },
        siteName: translatorFor(lang, 'site')('name'),
        now: new Date().toISOString(),
      }),
    );
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/atom+xml; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}

function notFound(scope: ReturnType<typeof toFeedScope>) {
  const parameter = scope.scope === 'all' ? undefined : scope.scope;
  return new HttpError(
    404,
    `No ${parameter} "${scope.scope === 'all' ? '' : scope.slug}".`,
    parameter,
  );
}
