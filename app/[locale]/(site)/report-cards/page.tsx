import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatReportCardLine, formatTermMonths, toReportCard } from '@/lib/domain/report-card';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: 'reportCards' });
  return { title: t('title') };
}

/** Every administration's card, newest term first, each with its quotable line and headline counts. */
export default async function ReportCardsPage({ params }: PageProps) {
  const locale = await readLocale(params);
  const asOf = todayInSeoul();
  const [administrations, rows] = await Promise.all([
    dashboard.listAdministrations(),
    dashboard.listTrackerRows(asOf),
  ]);
  const t = await getTranslations('reportCards');
  const line = await getTranslations('reportCards.line');
  const tracker = await getTranslations('tracker');
  const verdicts = await getTranslations('verdicts');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p className="status-asof">
        {t('asOf', { date: formatPreciseDate({ date: asOf, precision: 'DAY' }, locale) })}
      </p>
      {administrations.length === 0 ? <p>{t('empty')}</p> : null}
      <ul className="card-grid">
        {[...administrations].reverse().map((administration) => {
          const card = toReportCard(rows, administration.slug);
          const name = localized(administration, 'name', locale);
          return (
            <li
              key={administration.slug}
              className="card"
              data-administration={administration.slug}
            >
              <h2 className="report-card__name">
                <Link href={`/report-cards/${administration.slug}`}>{name}</Link>
              </h2>
              <p className="card__meta">
                {t('term', {
                  mayor: localized(administration, 'mayor', locale),
                  ...formatTermMonths(administration, locale),
                })}
              </p>
              <p data-testid="report-card-line">
                {formatReportCardLine(card, name, asOf, { locale, t: line })}
              </p>
              <ul className="report-headline">
                <li>{t('total', { count: card.total })}</li>
                {card.verdictCounts
                  .filter((entry) => entry.count > 0)
                  .map((entry) => (
                    <li key={entry.verdict}>
                      {entry.verdict === 'NONE'
                        ? tracker('verdictNone')
                        : verdicts(`rating.${entry.verdict}`)}{' '}
                      <strong>{entry.count}</strong>
                    </li>
                  ))}
              </ul>
              <p>
                <Link href={`/report-cards/${administration.slug}`}>{t('open', { name })}</Link>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
