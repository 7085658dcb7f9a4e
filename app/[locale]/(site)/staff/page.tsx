import { getTranslations } from 'next-intl/server';
import { StaffBar } from '@/components/staff/staff-bar';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { sortFiguresByDate } from '@/lib/domain/latest-figure';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'title');

export default async function StaffHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const [indicators, figures, pledges, sources] = await Promise.all([
    staffData.listIndicators(),
    staffData.listFigures(),
    staffData.listPledges(),
    staffData.listSources(),
  ]);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p>
        <Link className="button-link" href="/staff/figures/new">
          {t('addFigure')}
        </Link>{' '}
        <Link className="button-link" href="/staff/pledges/new">
          {t('addPledge')}
        </Link>{' '}
        <Link className="button-link" href="/staff/sources/new">
          {t('addSource')}
        </Link>{' '}
        <Link className="button-link" href="/staff/indicators/new">
          {t('addIndicator')}
        </Link>{' '}
        <Link className="button-link" href="/staff/import">
          {t('importCsv')}
        </Link>
      </p>
      <h2>{t('figuresTitle')}</h2>
      {indicators.map((indicator) => {
        const own = sortFiguresByDate(
          figures.filter((figure) => figure.indicatorSlug === indicator.slug),
        );
        return (
          <section key={indicator.slug} className="staff-indicator">
            <h3>
              {localized(indicator, 'name', locale)}{' '}
              <small>
                <Link
                  href={`/staff/indicators/${indicator.slug}`}
                  aria-label={`${t('correct')}: ${localized(indicator, 'name', locale)}`}
                >
                  {t('correct')}
                </Link>
              </small>
            </h3>
            <ul className="staff-figures">
              {own.map((figure) => (
                <li key={figure.slug}>
                  <span className="num">{formatValue(figure.value, indicator.unit, locale)}</span> ·{' '}
                  {formatPreciseDate(figure.observedOn, locale)} ·{' '}
                  <span className="citation">{t('revisionN', { n: figure.revision })}</span>{' '}
                  <Link
                    href={`/staff/figures/${figure.slug}`}
                    aria-label={`${t('correct')}: ${formatValue(figure.value, indicator.unit, locale)} (${formatPreciseDate(figure.observedOn, locale)})`}
                  >
                    {t('correct')}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <h2>{t('pledgesTitle')}</h2>
      <ul className="staff-figures">
        {pledges.map((pledge) => (
          <li key={pledge.slug}>
            {localized(pledge, 'title', locale)} ·{' '}
            <span className="citation">{t('revisionN', { n: pledge.revision })}</span>{' '}
            <Link
              href={`/staff/pledges/${pledge.slug}`}
              aria-label={`${t('correct')}: ${localized(pledge, 'title', locale)}`}
            >
              {t('correct')}
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('sourcesTitle')}</h2>
      <ul className="staff-figures">
        {sources.map((source) => (
          <li key={source.slug}>
            {source.publisher} · {formatPreciseDate(source.publishedOn, locale)} · {source.title}{' '}
            <Link
              href={`/staff/sources/${source.slug}`}
              aria-label={`${t('correct')}: ${source.title}`}
            >
              {t('correct')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
