import { getTranslations } from 'next-intl/server';
import { EMPTY_CITATION } from '@/components/staff/citation-values';
import { FigureForm } from '@/components/staff/figure-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { listIndicatorOptions, listSourceOptions } from '@/lib/server/staff/list-form-options';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'addFigureTitle');

export default async function NewFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ indicator?: string; source?: string }>;
}) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const [indicators, sources] = await Promise.all([
    listIndicatorOptions(locale),
    listSourceOptions(locale),
  ]);
  const query = await searchParams;
  const pick = (slug: string | undefined, options: { slug: string }[]) =>
    slug && options.some((option) => option.slug === slug) ? slug : '';
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('addFigureTitle')}</h1>
      <p className="lede">{t('addFigureIntro')}</p>
      <FigureForm
        mode="add"
        indicators={indicators}
        sources={sources}
        initial={{
          ...EMPTY_CITATION,
          indicator: pick(query.indicator, indicators),
          value: '',
          observedOn: '',
          source: pick(query.source, sources),
        }}
      />
    </>
  );
}
