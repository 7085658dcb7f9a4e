import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { DownloadLinks } from '@/components/download-links';
import { FigureTable } from '@/components/figure-table';
import { IndicatorExplorer } from '@/components/indicator-explorer';
import { PledgeList } from '@/components/pledge-list';
import { ALL_PERIODS, getChartPeriodWindow } from '@/lib/domain/chart-period';
import { filterChartModel, toChartModel } from '@/lib/domain/chart-model';
import { formatValue, unitLabel } from '@/lib/domain/format-value';
import { getLatestFigure } from '@/lib/domain/latest-figure';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatStatusLabel, formatStatusReason } from '@/lib/domain/progress-reason';
import { computeStatusesByPledge } from '@/lib/domain/statuses-by-pledge';
import type { Locale } from '@/lib/domain/types';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';
import type { IndicatorPageData } from '@/lib/server/queries/get-indicator-page';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// An unknown or malformed view parameter falls back to the default view rather than failing the page.
const viewSchema = z.object({
  period: z.string().regex(/^[a-z0-9-]{1,40}$/).catch(ALL_PERIODS).default(ALL_PERIODS),
  units: z.enum(['korean', 'exact']).catch('korean').default('korean'),
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await dashboard.getIndicatorPage(slug);
  if (!page) return {};
  return { title: locale === 'ko' ? page.indicator.nameKo : page.indicator.nameEn };
}

export default async function IndicatorPage({ params, searchParams }: PageProps) {
  const { locale: rawLocale, slug } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const [page, administrations] = await Promise.all([dashboard.getIndicatorPage(slug), dashboard.listAdministrations()]);
  if (!page) notFound();

  const t = await getTranslations('indicator');
  const downloads = await getTranslations('downloads');
  const view = viewSchema.parse(await searchParams);
  const window = getChartPeriodWindow(view.period, administrations);
  const period = window === undefined ? ALL_PERIODS : view.period;
  const { indicator, figures, pledges } = page;
  const name = locale === 'ko' ? indicator.nameKo : indicator.nameEn;
  const statuses = computeStatusesByPledge(indicator, pledges, figures, todayInSeoul());
  const summary = await summarize(page, statuses, locale);

  return (
    <article>
      <p className="card__meta">
        <span>
          {t('theme')}: {locale === 'ko' ? indicator.theme.nameKo : indicator.theme.nameEn}
        </span>
        <span>
          {t('unit')}: {unitLabel(indicator.unit, locale)}
        </span>
        <span>{t(indicator.measure === 'CUMULATIVE' ? 'measureCUMULATIVE' : 'measureLEVEL')}</span>
        <span>{t(indicator.higherIsBetter ? 'higherIsBetter' : 'lowerIsBetter')}</span>
      </p>
      <h1>{name}</h1>
      <p className="lede">{locale === 'ko' ? indicator.descriptionKo : indicator.descriptionEn}</p>
      <DownloadLinks scope={{ scope: 'indicator', slug: indicator.slug }} label={downloads('indicator')} />

      <h2>{t('chartHeading')}</h2>
      <IndicatorExplorer
        slug={indicator.slug}
        unit={indicator.unit}
        name={name}
        summary={summary}
        periods={[
          { value: ALL_PERIODS, label: t('periodAll') },
          ...administrations.map((admin) => ({ value: admin.slug, label: locale === 'ko' ? admin.nameKo : admin.nameEn })),
        ]}
        initialPeriod={period}
        initialDisplay={view.units}
        initialModel={filterChartModel(toChartModel(figures, pledges, statuses), window ?? null)}
      />

      <h2>{t('tableHeading')}</h2>
      {figures.length > 0 ? (
        <FigureTable figures={figures} unit={indicator.unit} caption={`${name} — ${t('tableHeading')}`} />
      ) : (
        <p className="no-data">{t('noFigures')}</p>
      )}

      <h2>{t('pledgesHeading')}</h2>
      {pledges.length > 0 ? <PledgeList pledges={pledges} unit={indicator.unit} statuses={statuses} /> : <p>{t('noPledges')}</p>}
    </article>
  );
}

/**
 * The chart's summary (also its accessible name): the latest figure, then each numeric pledge's
 * status and reason — the current target first, goalposts moved since after it.
 */
async function summarize(
  { indicator, figures, pledges }: IndicatorPageData,
  statuses: ReadonlyMap<string, PledgeStatus>,
  locale: Locale,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'indicator' });
  const name = locale === 'ko' ? indicator.nameKo : indicator.nameEn;
  const latest = getLatestFigure(figures);
  const sentences = [
    latest
      ? t('summaryLatest', { name, value: formatValue(latest.value, indicator.unit, locale), date: formatPreciseDate(latest.observedOn, locale) })
      : t('summaryNoData', { name }),
  ];
  const numeric = pledges
    .filter((pledge) => pledge.kind === 'TARGET')
    .sort((a, b) => Number(a.supersededBySlug !== null) - Number(b.supersededBySlug !== null));
  for (const pledge of numeric) {
    const status = statuses.get(pledge.slug);
    if (!status) continue;
    const title = locale === 'ko' ? pledge.titleKo : pledge.titleEn;
    sentences.push(
      `${title} (${formatStatusLabel(status, locale)}): ${formatStatusReason(status, indicator.unit, locale, pledge.baseline?.value)}.`,
    );
  }
  return sentences.join(' ');
}
