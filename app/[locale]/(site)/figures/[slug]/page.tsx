import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FigureHistoryTable } from '@/components/figure-history-table';
import { Link } from '@/i18n/navigation';
import { dashboard } from '@/lib/server/dashboard';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(slug: string) {
  const history = await dashboard.getFigureHistory(slug);
  if (!history) notFound();
  return { history, indicator: history.indicator };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocale(params);
  const { slug } = await params;
  const { indicator } = await load(slug);
  const t = await getTranslations({ locale, namespace: 'figureHistory' });
  return { title: t('title', { name: localized(indicator, 'name', locale) }) };
}

/** The public history of one reported figure: the "정정" mark on every page links here. */
export default async function FigureHistoryPage({ params }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const { history, indicator } = await load(slug);
  const t = await getTranslations('figureHistory');
  const name = localized(indicator, 'name', locale);
  return (
    <>
      <p>
        <Link href={`/indicators/${indicator.slug}`}>← {t('back')}</Link>
      </p>
      <h1>{t('title', { name })}</h1>
      <p className="lede">{t('intro')}</p>
      <FigureHistoryTable history={history} unit={indicator.unit} />
    </>
  );
}
