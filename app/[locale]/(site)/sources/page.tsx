import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { SOURCES_PER_PAGE, type SourcesPage } from '@/lib/domain/sources-page';
import { toPageNumber } from '@/lib/domain/page-number';
import { isSlug } from '@/lib/domain/slug';
import { Pager } from '@/components/pager';
import { dashboard } from '@/lib/server/dashboard';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('sources', 'title');

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SourcesPage({ params, searchParams }: PageProps) {
  await readLocale(params);
  const { page, source } = await searchParams;
  const number = (await findSourcePage(source)) ?? toPageNumber(page);
  return <Sources data={await dashboard.getSourcesPage(number)} />;
}

/**
 * `?source=<slug>` (a search result's link) opens the page that lists that source; an unknown or
 * malformed slug opens `?page=` as usual.
 */
async function findSourcePage(source: string | string[] | undefined) {
  const slug = Array.isArray(source) ? source[0] : source;
  return slug && isSlug(slug) ? dashboard.getSourcePageNumber(slug) : null;
}

function Sources({ data }: { data: SourcesPage }) {
  const t = useTranslations('sources');
  const common = useTranslations('common');
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro', { count: data.total })}</p>
      <Pager page={data.page} pageCount={data.pageCount} hrefFor={pageHref} />
      <ol className="source-list" start={(data.page - 1) * SOURCES_PER_PAGE + 1}>
        {data.sources.map(({ source, figures, figureCount, pledges, pledgeCount }) => {
          return (
            <li key={source.slug} id={source.slug} className="source-item" tabIndex={-1}>
              <h2 style={{ marginTop: 0 }} lang="ko">
                {source.title}
              </h2>
              <dl className="facts">
                <dt>{common('publisher')}</dt>
                <dd>
                  <span lang="ko">{source.publisher}</span>
                  {source.publisherInferred ? (
                    <span className="badge badge--inferred"> {common('inferred')}</span>
                  ) : null}
                </dd>
                <dt>{t('published')}</dt>
                <dd>
                  {formatPreciseDate(source.publishedOn, locale)}
                  {source.publishedInferred ? (
                    <span className="badge badge--inferred"> {common('inferred')}</span>
                  ) : null}
                </dd>
                {source.author ? (
                  <>
                    <dt>{t('author')}</dt>
                    <dd lang="ko">{source.author}</dd>
                  </>
                ) : null}
              </dl>
              {source.publishedInferred && source.dateNote ? (
                <p className="notice">
                  {t('dateInferred')} <span lang="ko">{source.dateNote}</span>
                </p>
              ) : null}
              {source.publisherInferred && source.publisherNote ? (
                <p className="notice">
                  {t('publisherInferred')} <span lang="ko">{source.publisherNote}</span>
                </p>
              ) : null}
              {figureCount === 0 && pledgeCount === 0 ? <p>{t('nothingQuoted')}</p> : null}
              {figures.length > 0 ? (
                <>
                  <h3>{t('figuresQuoted')}</h3>
                  <ul className="quoted-list">
                    {figures.map(({ figure, indicator }) => (
                      <li key={figure.slug}>
                        <Link href={`/figures/${figure.slug}`}>
                          {localized(indicator, 'name', locale)}
                        </Link>
                        : <strong>{formatValue(figure.value, indicator.unit, locale)}</strong> (
                        {formatPreciseDate(figure.observedOn, locale)})
                        <blockquote className="quote" lang="ko">
                          “{figure.quote}”
                        </blockquote>
                      </li>
                    ))}
                  </ul>
                  {figureCount > figures.length ? (
                    <p>
                      {t('moreFigures', { count: figureCount - figures.length })}{' '}
                      <a href={`/api/v1/figures?source=${source.slug}`}>{t('allFiguresApi')}</a>
                    </p>
                  ) : null}
                </>
              ) : null}
              {pledges.length > 0 ? (
                <>
                  <h3>{t('pledgesQuoted')}</h3>
                  <ul className="quoted-list">
                    {pledges.map((pledge) => (
                      <li key={pledge.slug}>
                        <Link href={`/indicators/${pledge.indicatorSlug}#pledge-${pledge.slug}`}>
                          {localized(pledge, 'title', locale)}
                        </Link>{' '}
                        ({localized(pledge.administration, 'name', locale)})
                        <blockquote className="quote" lang="ko">
                          “{pledge.quote}”
                        </blockquote>
                      </li>
                    ))}
                  </ul>
                  {pledgeCount > pledges.length ? (
                    <p>{t('morePledges', { count: pledgeCount - pledges.length })}</p>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Pager page={data.page} pageCount={data.pageCount} hrefFor={pageHref} />
    </>
  );
}

const pageHref = (page: number) => (page === 1 ? '/sources' : `/sources?page=${page}`);
