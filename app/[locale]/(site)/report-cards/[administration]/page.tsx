import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DownloadLinks } from '@/components/download-links';
import {
  ReportCardCounts,
  ReportCardLists,
  type ReportCardCategory,
} from '@/components/report-card-counts';
import { readLocale } from '@/i18n/read-locale';
import { toFeedPath } from '@/lib/domain/feed';
import { localized } from '@/lib/domain/localized';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatReportCardLine, formatTermMonths, toReportCard } from '@/lib/domain/report-card';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string; administration: string }>;
}

async function findAdministration(slug: string) {
  return (await dashboard.listAdministrations()).find((admin) => admin.slug === slug) ?? null;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const { administration: slug } = await params;
  const administration = await findAdministration(slug);
  if (!administration) return {};
  const t = await getTranslations({ locale, namespace: 'reportCards' });
  const f = await getTranslations({ locale, namespace: 'feed' });
  const name = localized(administration, 'name', locale);
  return {
    title: t('cardTitle', { name }),
    alternates: {
      types: {
        'application/atom+xml': [
          {
            url: toFeedPath({ scope: 'administration', slug }, locale),
            title: f('titleAdministration', { name }),
          },
        ],
      },
    },
  };
}

/**
 * One administration's report card: its pledges counted by verdict and by computed status, each
 * count opening the list behind it, and the line a journalist can quote. From the tracker's rows
 * (kept per data version): no figure is read.
 */
export default async function ReportCardPage({ params }: PageProps) {
  const locale = await readLocale(params);
  const { administration: slug } = await params;
  const administration = await findAdministration(slug);
  if (!administration) notFound();
  const asOf = todayInSeoul();
  const card = toReportCard(await dashboard.listTrackerRows(asOf), slug);
  const t = await getTranslations('reportCards');
  const tracker = await getTranslations('tracker');
  const verdicts = await getTranslations('verdicts');
  const statuses = await getTranslations('progress.status');
  const feed = await getTranslations('feed');
  const name = localized(administration, 'name', locale);
  const verdictCategories: ReportCardCategory[] = card.verdictCounts.map((entry) => ({
    param: 'verdict',
    value: entry.verdict,
    label: entry.verdict === 'NONE' ? tracker('verdictNone') : verdicts(`rating.${entry.verdict}`),
    count: entry.count,
    pledges: entry.pledges,
  }));
  const statusCategories: ReportCardCategory[] = card.statusCounts.map((entry) => ({
    param: 'status',
    value: entry.status,
    label: statuses(entry.status),
    count: entry.count,
    pledges: entry.pledges,
  }));
  return (
    <article className="report-card">
      <h1>{t('cardTitle', { name })}</h1>
      <p className="citation">
        {t('term', {
          mayor: localized(administration, 'mayor', locale),
          ...formatTermMonths(administration, locale),
        })}
      </p>
      <figure className="report-line">
        <figcaption className="citation">{t('quoteLabel')}</figcaption>
        <blockquote data-testid="report-card-line">
          <p>
            {formatReportCardLine(card, name, asOf, {
              locale,
              t: await getTranslations('reportCards.line'),
            })}
          </p>
        </blockquote>
      </figure>
      <p className="status-asof">
        {t('asOf', { date: formatPreciseDate({ date: asOf, precision: 'DAY' }, locale) })}
      </p>
      <DownloadLinks
        scope={{ scope: 'tracker', administration: slug }}
        label={t('downloads', { name })}
      />
      <p>
        <a href={toFeedPath({ scope: 'administration', slug }, locale)} type="application/atom+xml">
          {feed('linkLabel')}
        </a>
      </p>

      <section aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{t('verdictHeading')}</h2>
        <p className="citation">{t('verdictIntro')}</p>
        <ReportCardCounts
          labelledBy="verdict-heading"
          columnLabel={t('columnVerdict')}
          administration={slug}
          categories={verdictCategories}
        />
      </section>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('statusHeading')}</h2>
        <p className="citation">{t('statusIntro')}</p>
        <ReportCardCounts
          labelledBy="status-heading"
          columnLabel={t('columnStatus')}
          administration={slug}
          categories={statusCategories}
        />
      </section>
      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">{t('listsHeading')}</h2>
        <ReportCardLists
          administration={slug}
          categories={verdictCategories}
          heading={(category) =>
            t('verdictList', { category: category.label, count: category.count })
          }
        />
        <ReportCardLists
          administration={slug}
          categories={statusCategories}
          heading={(category) =>
            t('statusList', { category: category.label, count: category.count })
          }
        />
      </section>
    </article>
  );
}
