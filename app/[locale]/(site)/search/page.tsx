import { useLocale, useTranslations } from 'next-intl';
import { SiteSearch } from '@/components/site-search';
import { Link } from '@/i18n/navigation';
import { pageTitle } from '@/i18n/page-title';
import { readLocale } from '@/i18n/read-locale';
import {
  SEARCH_KINDS,
  SEARCH_MAX_LENGTH,
  SEARCH_MIN_FULL_LENGTH,
  SEARCH_RESULTS_PER_KIND,
  isFullSearch,
  parseSearchText,
  toSearchHitList,
  toSearchHitPath,
  type SearchHit,
  type SearchResults,
  type SearchTextProblem,
} from '@/lib/domain/search-query';
import { toSearchSnippet } from '@/lib/domain/search-snippet';
import { UNCACHEABLE_MARK } from '@/lib/server/cache/page-snapshots';
import { dashboard } from '@/lib/server/dashboard';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('search', 'title');

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SearchPage({ params, searchParams }: PageProps) {
  await readLocale(params);
  const { q } = await searchParams;
  // A repeated q (?q=a&q=b) is read as its first value, as a browser's form never sends two.
  const raw = Array.isArray(q) ? q[0] : q;
  const parsed = parseSearchText(raw);
  if (!parsed.ok)
    return <Search query={raw ?? ''} problem={raw === undefined ? null : parsed.problem} />;
  const results = await dashboard.search({ text: parsed.text, limit: SEARCH_RESULTS_PER_KIND });
  return <Search query={parsed.text} results={results} />;
}

interface SearchProps {
  query: string;
  problem?: SearchTextProblem | null;
  results?: SearchResults;
}

function Search({ query, problem, results }: SearchProps) {
  const t = useTranslations('search');
  const total = results ? toSearchHitList(results).length : 0;
  return (
    <>
      <h1>{t('title')}</h1>
      <SiteSearch query={query.slice(0, SEARCH_MAX_LENGTH)} id="search-page-box" landmark={false} />
      {problem ? (
        <p className="notice" role="alert">
          {t(`problems.${problem}`, { max: SEARCH_MAX_LENGTH })}
        </p>
      ) : null}
      {results ? (
        <>
          <p className="lede" role="status">
            {total === 0 ? t('none', { query }) : t('found', { query, count: total })}
          </p>
          {results.complete ? null : (
            // Quotes were left out for lack of time: the next request may have it, so this
            // rendering is sent once and never kept (page-snapshots.ts).
            <p className="notice" {...{ [UNCACHEABLE_MARK]: '' }}>
              {t('incomplete')}
            </p>
          )}
          {isFullSearch(query) ? null : (
            <p className="notice">{t('shortNote', { min: SEARCH_MIN_FULL_LENGTH })}</p>
          )}
          {SEARCH_KINDS.map((kind) =>
            results[kind].length === 0 ? null : (
              <section key={kind} aria-labelledby={`search-${kind}`}>
                <h2 id={`search-${kind}`}>{t(`kinds.${kind}`)}</h2>
                <ul className="search-results">
                  {results[kind].map((hit) => (
                    <SearchResult key={hit.slug} hit={hit} query={query} />
                  ))}
                </ul>
              </section>
            ),
          )}
        </>
      ) : null}
    </>
  );
}

function SearchResult({ hit, query }: { hit: SearchHit; query: string }) {
  const locale = useLocale();
  const name = locale === 'ko' ? hit.name.ko : hit.name.en;
  const namesMatch = hit.matched === hit.name.ko || hit.matched === hit.name.en;
  return (
    <li className="search-result">
      {/* A source's title is in the article's language, which its match carries. */}
      <Link
        href={toSearchHitPath(hit)}
        lang={hit.kind === 'source' && hit.matchedLang !== locale ? hit.matchedLang : undefined}
      >
        {namesMatch && hit.matched === name ? <Snippet text={name} query={query} /> : name}
      </Link>
      {namesMatch && hit.matched === name ? null : (
        <p
          className="search-result__matched"
          lang={hit.matchedLang === locale ? undefined : hit.matchedLang}
        >
          <Snippet text={hit.matched} query={query} />
        </p>
      )}
    </li>
  );
}

function Snippet({ text, query }: { text: string; query: string }) {
  return toSearchSnippet(text, query).map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}
