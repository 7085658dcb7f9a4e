import { getTranslations } from 'next-intl/server';
import { IndicatorForm } from '@/components/staff/indicator-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { listIndicatorFormOptions } from '@/lib/server/staff/list-indicator-form-options';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'addIndicatorTitle');

export default async function NewIndicatorPage({
  params,
}: {
  params: Promise<{ locale: string }>;
}) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const options = await listIndicatorFormOptions(locale);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('addIndicatorTitle')}</h1>
      <p className="lede">{t('addIndicatorIntro')}</p>
      <IndicatorForm
        {...options}
        initial={{
          slug: '',
          theme: options.themes[0]?.slug ?? '',
          nameKo: '',
          nameEn: '',
          descriptionKo: '',
          descriptionEn: '',
          unit: 'COMPANIES',
          measure: 'CUMULATIVE',
          higherIsBetter: true,
          reason: '',
        }}
      />
    </>
  );
}
