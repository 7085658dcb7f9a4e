import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DownloadLinks } from '@/components/download-links';
import { FigureTable } from '@/components/figure-table';
import { IndicatorExplorer } from '@/components/indicator-explorer';
import { PledgeList } from '@/components/pledge-list';
import { toChartImagePath } from '@/lib/domain/chart-view';
import { toFeedPath } from '@/lib/domain/feed';
import { unitLabel } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { Link } from '@/i18n/navigation';
import { loadIndicatorChart, toExplorerProps } from '@/lib/server/charts/load-indicator-chart';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { Pager } from '@/components/pager';
import { FIGURES_PER_TABLE_PAGE } from '@/lib/server/queries/get-indicator-page';
import { toPageNumber } from '@/lib/domain/page-number';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const { slug } = await params;
  const query = await searchParams;
  const chart = await loadIndicatorChart(slug, locale, query, {
    tablePage: toPageNumber(query.page),
  });
  if (!chart) return {};
  const { indicator } = chart.page;
  const name = localized(indicator, 'name', locale);
  const description = localized(indicator, 'description', locale);
  // The link preview is the chart itself, in the view the page shows (a bad period already fell
  // back to all), with its sources drawn in.
  const image = toChartImagePath({ slug, locale, ...chart.view }, { format: 'png', size: 'og' });
  return {
    title: name,
    description,
    openGraph: {
      title: name,
      description,
      type: 'article',
      images: [{ url: image, width: 1200, height: 630, alt: name }],
    },
    twitter: { card: 'summary_large_image' },
    alternates: {
      types: {
        'application/atom+xml': [
          {
            url: toFeedPath({ scope: 'indicator', slug }, locale),
            title: (await getTranslations({ locale, namespace: 'feed' }))('titleIndicator', {
              name,
            }),
          },
        ],
      },
    },
  };
}

export default async function IndicatorPage({ params, searchParams }: PageProps) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const query = await searchParams;
  const requestedPage = toPageNumber(query.page);
  let chart = await loadIndicatorChart(slug, locale, query, { tablePage: requestedPage });
  if (!chart) notFound();
  // The table shows a page of figures; the chart draws them all (or a sample), and the downloads
  // and API have every one. A page past the last shows the last.
  const pageCount = Math.max(1, Math.ceil(chart.page.figureCount / FIGURES_PER_TABLE_PAGE));
  const tablePage = Math.min(requestedPage, pageCount);
  if (tablePage !== requestedPage)
    chart = (await loadIndicatorChart(slug, locale, query, { tablePage })) ?? notFound();

  const t = await getTranslations('indicator');
  const downloads = await getTranslations('downloads');
  const { indicator, figureCount, table: tableFigures, pledges } = chart.page;
  const name = localized(indicator, 'name', locale);
  const first = (tablePage - 1) * FIGURES_PER_TABLE_PAGE;
  const tablePageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (typeof value === 'string' && key !== 'page') params.set(key, value);
    if (page > 1) params.set('page', String(page));
    const search = params.toString();
    return `/indicators/${indicator.slug}${search ? `?${search}` : ''}#figures`;
  };

  return (
    <article>
      <p className="card__meta">
        <span>
          {t('theme')}: {localized(indicator.theme, 'name', locale)}
        </span>
        <span>
          {t('unit')}: {unitLabel(indicator.unit, locale)}
        </span>
        <span>{t(indicator.measure === 'CUMULATIVE' ? 'measureCUMULATIVE' : 'measureLEVEL')}</span>
        <span>{t(indicator.higherIsBetter ? 'higherIsBetter' : 'lowerIsBetter')}</span>
      </p>
      <h1>{name}</h1>
      <p className="lede">{localized(indicator, 'description', locale)}</p>
      {/* Downloads and sharing give today's data; a past view offers neither rather than mislabel it. */}
      {chart.historicalAsOf ? null : (
        <DownloadLinks
          scope={{ scope: 'indicator', slug: indicator.slug }}
          label={downloads('indicator')}
        />
      )}

      <h2>{t('chartHeading')}</h2>
      {chart.historicalAsOf ? (
        <p className="as-of-banner" data-testid="as-of-banner">
          {t('asOfBanner', {
            date: formatPreciseDate({ date: chart.historicalAsOf, precision: 'DAY' }, locale),
          })}{' '}
          <Link href={`/indicators/${indicator.slug}`}>{t('asOfNow')}</Link>
        </p>
      ) : null}
      <form className="as-of-form" method="get" aria-label={t('asOfLabel')}>
        <label htmlFor="as-of">{t('asOfLabel')}</label>{' '}
        <input
          id="as-of"
          type="date"
          name="asOf"
          min="2018-01-01"
          max={chart.asOf}
          defaultValue={chart.historicalAsOf ?? ''}
          required
        />{' '}
        {chart.view.period !== 'all' ? (
          <input type="hidden" name="period" value={chart.view.period} />
        ) : null}
        {chart.view.units !== 'korean' ? (
          <input type="hidden" name="units" value={chart.view.units} />
        ) : null}
        <button type="submit" className="button button--quiet">
          {t('asOfShow')}
        </button>
      </form>
      <IndicatorExplorer
        slug={indicator.slug}
        unit={indicator.unit}
        name={name}
        {...toExplorerProps(chart)}
        share={!chart.historicalAsOf}
      />

      <h2 id="figures">{t('tableHeading')}</h2>
      {figureCount > 0 ? (
        <>
          {pageCount > 1 ? (
            <p className="status-asof">
              {t('tablePageNote', {
                first: first + 1,
                last: first + tableFigures.length,
                total: figureCount,
              })}
            </p>
          ) : null}
          <FigureTable
            figures={tableFigures}
            unit={indicator.unit}
            caption={`${name} — ${t('tableHeading')}`}
          />
          <Pager page={tablePage} pageCount={pageCount} hrefFor={tablePageHref} />
        </>
      ) : (
        <p className="no-data">{t('noFigures')}</p>
      )}

      <h2>{t('pledgesHeading')}</h2>
      {pledges.length > 0 ? (
        <PledgeList
          pledges={pledges}
          unit={indicator.unit}
          statuses={chart.statuses}
          verdicts={chart.page.verdicts}
        />
      ) : (
        <p>{t('noPledges')}</p>
      )}
    </article>
  );
}
