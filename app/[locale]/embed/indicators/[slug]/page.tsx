import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { IndicatorExplorer } from '@/components/indicator-explorer';
import { VerdictBadge } from '@/components/verdict-badge';
import { formatSourceList, listChartSources } from '@/lib/domain/chart-citation';
import { ALL_PERIODS } from '@/lib/domain/chart-period';
import { toChartViewPath } from '@/lib/domain/chart-view';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { loadIndicatorChart, toExplorerProps } from '@/lib/server/charts/load-indicator-chart';
import { dashboard } from '@/lib/server/dashboard';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const { slug } = await params;
  const indicator = await dashboard.getIndicator(slug);
  if (!indicator) return {};
  // The indicator page is the one to find in a search engine; this is its copy for other sites.
  return {
    title: localized(indicator, 'name', locale),
    robots: { index: false },
  };
}

/**
 * One indicator chart for another site's iframe: no header or footer, but the status sentence,
 * the chart, the sources it draws on with the as-of date, and a link back to the full page.
 */
export default async function EmbedIndicatorPage({ params, searchParams }: PageProps) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const chart = await loadIndicatorChart(slug, locale, await searchParams);
  if (!chart) notFound();

  const share = await getTranslations('share');
  const citation = await getTranslations('citation');
  const verdicts = await getTranslations('verdicts');
  const { indicator, chart: drawn, pledges } = chart.page;
  // Each published rating beside the chart, with its first piece of evidence quoted.
  const rated = pledges.flatMap((pledge) => {
    const verdict = chart.page.verdicts.get(pledge.slug);
    return verdict && verdict.rating !== 'NOT_YET_RATED' ? [{ pledge, verdict }] : [];
  });
  const name = localized(indicator, 'name', locale);
  const sources = listChartSources(chart.model, drawn.figures, pledges);
  const pageHref = toChartViewPath({ slug, locale, ...chart.view });
  // The period cannot be changed here, so the heading says which one is shown.
  const period =
    chart.view.period === ALL_PERIODS
      ? null
      : chart.periods.find((option) => option.value === chart.view.period);

  return (
    <main className="embed-page">
      <h1>{period ? `${name} (${period.label})` : name}</h1>
      <IndicatorExplorer
        slug={slug}
        unit={indicator.unit}
        name={name}
        {...toExplorerProps(chart)}
        share={false}
        fixedPeriod
      />
      {rated.length > 0 ? (
        <ul className="embed-verdicts" data-testid="embed-verdicts">
          {rated.map(({ pledge, verdict }) => {
            const first = verdict.evidence?.[0];
            return (
              <li key={pledge.slug}>
                <VerdictBadge rating={verdict.rating} /> {localized(pledge, 'title', locale)}
                {first ? (
                  <>
                    {' '}
                    — <q lang="ko">{first.quote}</q> ({first.source.publisher},{' '}
                    {formatPreciseDate(first.on, locale)})
                  </>
                ) : null}{' '}
                <a
                  href={`${locale === 'ko' ? '' : `/${locale}`}/pledges/${pledge.slug}#verdict`}
                  target="_blank"
                  rel="noopener"
                >
                  {verdicts('seeEvidence')}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="embed-citation" data-testid="embed-citation">
        {sources.length > 0
          ? share('embedSource', { list: formatSourceList(sources, { locale, t: citation }) })
          : share('embedNoSources')}{' '}
        ·{' '}
        {share('embedAsOf', {
          date: formatPreciseDate({ date: chart.asOf, precision: 'DAY' }, locale),
        })}{' '}
        ·{' '}
        <a href={pageHref} target="_blank" rel="noopener">
          {share('embedOpen')}
        </a>
      </p>
    </main>
  );
}
