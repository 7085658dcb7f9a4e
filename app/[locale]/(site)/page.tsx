import { useLocale, useTranslations } from 'next-intl';
import { DownloadLinks } from '@/components/download-links';
import { PledgeCard } from '@/components/pledge-card';
import { SourceCitation } from '@/components/source-citation';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { toOverview, type OverviewTheme } from '@/lib/domain/to-overview';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';

export const dynamic = 'force-dynamic';

export default async function OverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  await readLocale(params);
  const [themes, indicators, pledges, figures] = await Promise.all([
    dashboard.listThemes(),
    dashboard.listIndicators(),
    dashboard.listPledges(),
    dashboard.listFigures(),
  ]);
  const asOf = todayInSeoul();
  const overview = toOverview({ asOf, themes, indicators, pledges, figures });
  const titles = new Map(
    pledges.map((pledge) => [pledge.slug, { ko: pledge.titleKo, en: pledge.titleEn }]),
  );
  return (
    <Overview
      overview={overview}
      asOf={asOf}
      pledgeCount={pledges.length}
      figureCount={figures.length}
      titles={titles}
    />
  );
}

function Overview(props: {
  overview: OverviewTheme[];
  asOf: string;
  pledgeCount: number;
  figureCount: number;
  titles: Map<string, { ko: string; en: string }>;
}) {
  const t = useTranslations('overview');
  const p = useTranslations('progress.reason');
  const d = useTranslations('downloads');
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t('intro', { pledges: props.pledgeCount, figures: props.figureCount })}
      </p>
      <p className="status-asof">
        {p('asOf', { date: formatPreciseDate({ date: props.asOf, precision: 'DAY' }, locale) })}
      </p>
      <DownloadLinks scope={{ scope: 'all' }} label={d('all')} />
      {props.overview.map(({ theme, pledges, unpledged }) => (
        <section key={theme.slug} className="theme-section" aria-labelledby={`theme-${theme.slug}`}>
          <h2 id={`theme-${theme.slug}`}>{localized(theme, 'name', locale)}</h2>
          <DownloadLinks
            scope={{ scope: 'theme', slug: theme.slug }}
            label={d('theme', { theme: localized(theme, 'name', locale) })}
          />
          {pledges.length === 0 && unpledged.length === 0 ? <p>{t('emptyTheme')}</p> : null}
          {pledges.length > 0 ? (
            <ul className="card-grid" aria-label={t('pledgesHeading')}>
              {pledges.map((progress) => (
                <PledgeCard key={progress.pledge.slug} progress={progress} titles={props.titles} />
              ))}
            </ul>
          ) : null}
          {unpledged.length > 0 ? (
            <>
              <h3 className="subheading" style={{ marginTop: '1.25rem' }}>
                {t('figuresHeading')}
              </h3>
              <ul className="card-grid">
                {unpledged.map(({ indicator, latest }) => (
                  <li key={indicator.slug} className="card" data-indicator={indicator.slug}>
                    <Link href={`/indicators/${indicator.slug}`}>
                      <strong>{localized(indicator, 'name', locale)}</strong>
                    </Link>
                    <p>
                      <strong>{formatValue(latest.value, indicator.unit, locale)}</strong> (
                      {formatPreciseDate(latest.observedOn, locale)})
                    </p>
                    <SourceCitation source={latest.source} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </>
  );
}
