import type { Metadata } from 'next';
import { useLocale, useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { DownloadLinks } from '@/components/download-links';
import { PledgeCard } from '@/components/pledge-card';
import { SourceCitation } from '@/components/source-citation';
import { Link } from '@/i18n/navigation';
import { toFeedPath } from '@/lib/domain/feed';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { dashboard } from '@/lib/server/dashboard';
import type { OverviewData } from '@/lib/domain/to-overview';
import { todayInSeoul } from '@/lib/server/today';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await readLocale(params);
  const feed = await getTranslations({ locale, namespace: 'feed' });
  const feedLink = { url: toFeedPath({ scope: 'all' }, locale), title: feed('title') };
  return { alternates: { types: { 'application/atom+xml': [feedLink] } } };
}

export default async function OverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  await readLocale(params);
  const asOf = todayInSeoul();
  return <Overview overview={await dashboard.getOverview(asOf)} asOf={asOf} />;
}

function Overview({ overview, asOf }: { overview: OverviewData; asOf: string }) {
  const t = useTranslations('overview');
  const p = useTranslations('progress.reason');
  const d = useTranslations('downloads');
  const r = useTranslations('reportCards');
  const f = useTranslations('feed');
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t('intro', { pledges: overview.pledgeCount, figures: overview.figureCount })}
      </p>
      <p className="status-asof">
        {p('asOf', { date: formatPreciseDate({ date: asOf, precision: 'DAY' }, locale) })}
      </p>
      <p>
        <Link href="/report-cards">{r('indexLink')}</Link> ·{' '}
        <a href={toFeedPath({ scope: 'all' }, locale)} type="application/atom+xml">
          {f('linkLabel')}
        </a>
      </p>
      <DownloadLinks scope={{ scope: 'all' }} label={d('all')} />
      {overview.themes.map(({ theme, pledges, pledgeCount, unpledged, unpledgedCount }) => (
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
                <PledgeCard
                  key={progress.pledge.slug}
                  progress={progress}
                  titles={overview.titles}
                />
              ))}
            </ul>
          ) : null}
          {pledgeCount > pledges.length ? (
            <p>
              <Link href={`/pledges?theme=${theme.slug}`}>
                {t('allPledges', { count: pledgeCount })}
              </Link>
            </p>
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
              {unpledgedCount > unpledged.length ? (
                <p>{t('moreIndicators', { count: unpledgedCount - unpledged.length })}</p>
              ) : null}
            </>
          ) : null}
        </section>
      ))}
    </>
  );
}
