import { getTranslations } from 'next-intl/server';
import { PledgeTracker } from '@/components/pledge-tracker';
import { Link } from '@/i18n/navigation';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { parseTrackerView } from '@/lib/domain/tracker';
import { dashboard } from '@/lib/server/dashboard';
import { todayInSeoul } from '@/lib/server/today';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = pageTitle('tracker', 'title');

export default async function TrackerPage({ params, searchParams }: PageProps) {
  const locale = await readLocale(params);
  const t = await getTranslations('tracker');
  const reportCards = await getTranslations('reportCards');
  const asOf = todayInSeoul();
  const [page, themes, administrations] = await Promise.all([
    dashboard.getTrackerPage(parseTrackerView(await searchParams), asOf),
    dashboard.listThemes(),
    dashboard.listAdministrations(),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p>
        <Link href="/report-cards">{reportCards('indexLink')}</Link>
      </p>
      <p className="status-asof">
        {t('asOf', { date: formatPreciseDate({ date: asOf, precision: 'DAY' }, locale) })}
      </p>
      <PledgeTracker
        initialPage={page}
        themes={themes.map((theme) => ({
          slug: theme.slug,
          name: localized(theme, 'name', locale),
        }))}
        administrations={administrations.map((admin) => ({
          slug: admin.slug,
          name: localized(admin, 'name', locale),
        }))}
      />
    </>
  );
}
