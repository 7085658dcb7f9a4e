import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FigureHistoryTable } from '@/components/figure-history-table';
import { toCitationValues } from '@/components/staff/citation-values';
import { FigureForm } from '@/components/staff/figure-form';
import { SavedNotice } from '@/components/staff/saved-notice';
import { StaffBar } from '@/components/staff/staff-bar';
import { normalizeDecimal } from '@/lib/domain/exact-decimal';
import { formatDateAsTyped } from '@/lib/domain/parse-reported-date';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { toIndicatorOption, toSourceOption } from '@/lib/server/staff/list-form-options';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ saved?: string }>;
};

export const generateMetadata = pageTitle<{ locale: string; slug: string }>(
  'staff',
  'correctTitle',
  ({ slug }) => ({ name: slug }),
);

export default async function CorrectFigurePage({ params, searchParams }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const actor = await requireStaffPage(locale);
  const history = await staffData.getFigureHistory(slug);
  if (!history) notFound();
  const t = await getTranslations('staff');
  const latest = history.revisions[history.revisions.length - 1]!;
  const indicator = toIndicatorOption(history.indicator, locale);
  const { saved } = await searchParams;
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('correctTitle', { name: indicator.label })}</h1>
      <p className="lede">{t('correctIntro')}</p>
      {saved ? <SavedNotice historyHref={`/figures/${slug}`} /> : null}
      <FigureForm
        // A new revision remounts the form with its values, so a stale base cannot linger.
        key={latest.revision}
        mode="correct"
        slug={slug}
        baseRevision={latest.revision}
        indicatorLabel={indicator.label}
        unit={indicator.unit}
        source={toSourceOption(latest.source, locale)}
        initial={{
          indicator: history.indicator.slug,
          value: normalizeDecimal(latest.value),
          observedOn: formatDateAsTyped(latest.observedOn),
          ...toCitationValues(latest, slug),
        }}
      />
      <h2>{t('history')}</h2>
      <FigureHistoryTable history={history} unit={indicator.unit} />
    </>
  );
}
