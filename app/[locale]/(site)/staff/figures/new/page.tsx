import { getTranslations } from 'next-intl/server';
import { EMPTY_CITATION } from '@/components/staff/citation-values';
import { FigureForm } from '@/components/staff/figure-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { getIndicatorOption, getSourceOption } from '@/lib/server/staff/list-form-options';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'addFigureTitle');

export default async function NewFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ indicator?: string | string[]; source?: string | string[] }>;
}) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const query = await searchParams;
  // A link may name the indicator or source to start from (e.g. just after adding a source):
  // each is read by its slug; an unknown one, or one given twice, is left blank.
  const one = (slug: string | string[] | undefined) =>
    typeof slug === 'string' ? slug : undefined;
  const [indicator, source] = await Promise.all([
    getIndicatorOption(one(query.indicator), locale),
    getSourceOption(one(query.source), locale),
  ]);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('addFigureTitle')}</h1>
      <p className="lede">{t('addFigureIntro')}</p>
      <FigureForm
        mode="add"
        indicator={indicator}
        source={source}
        initial={{
          ...EMPTY_CITATION,
          indicator: indicator?.slug ?? '',
          value: '',
          observedOn: '',
          source: source?.slug ?? '',
        }}
      />
    </>
  );
}
