import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { IndicatorForm } from '@/components/staff/indicator-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { listIndicatorFormOptions } from '@/lib/server/staff/list-indicator-form-options';
import { readLocale } from '@/i18n/read-locale';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: 'staff' });
  return { title: t('addIndicatorTitle') };
}

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
