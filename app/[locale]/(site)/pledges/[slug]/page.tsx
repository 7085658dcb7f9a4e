import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PledgeHistoryTable } from '@/components/pledge-history-table';
import { Link } from '@/i18n/navigation';
import { dashboard } from '@/lib/server/dashboard';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(slug: string) {
  const history = await dashboard.getPledgeHistory(slug);
  if (!history) notFound();
  return { history, indicator: history.indicator };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params);
  const { slug } = await params;
  const { history } = await load(slug);
  const t = await getTranslations({ locale, namespace: 'figureHistory' });
  const latest = history.revisions[history.revisions.length - 1]!;
  return { title: t('pledgeTitle', { name: localized(latest, 'title', locale) }) };
}

/** The public history of one pledge: the "정정" mark on a corrected pledge links here. */
export default async function PledgeHistoryPage({ params }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const { history, indicator } = await load(slug);
  const t = await getTranslations('figureHistory');
  const latest = history.revisions[history.revisions.length - 1]!;
  return (
    <>
      <p>
        <Link href={`/indicators/${indicator.slug}#pledge-${slug}`}>← {t('back')}</Link>
      </p>
      <h1>{t('pledgeTitle', { name: localized(latest, 'title', locale) })}</h1>
      <p className="lede">{t('pledgeIntro')}</p>
      <PledgeHistoryTable history={history} unit={indicator.unit} />
    </>
  );
}
