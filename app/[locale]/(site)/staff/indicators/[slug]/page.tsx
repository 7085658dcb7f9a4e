import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { IndicatorForm } from '@/components/staff/indicator-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { listIndicatorFormOptions } from '@/lib/server/staff/list-indicator-form-options';
import { readLocale } from '@/i18n/read-locale';
import { localized } from '@/lib/domain/localized';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = pageTitle<{ locale: string; slug: string }>(
  'staff',
  'correctIndicatorTitle',
  ({ slug }) => ({ name: slug }),
);

export default async function CorrectIndicatorPage({ params }: Props) {
  const locale = await readLocale(params);
  const { slug } = await params;
  const actor = await requireStaffPage(locale);
  const indicator = (await staffData.listIndicators()).find((candidate) => candidate.slug === slug);
  if (!indicator) notFound();
  const t = await getTranslations('staff');
  const options = await listIndicatorFormOptions(locale);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>
        {t('correctIndicatorTitle', {
          name: localized(indicator, 'name', locale),
        })}
      </h1>
      <p className="lede">{t('correctDescriptionIntro')}</p>
      <IndicatorForm
        {...options}
        correctSlug={slug}
        initial={{
          slug,
          theme: indicator.theme.slug,
          nameKo: indicator.nameKo,
          nameEn: indicator.nameEn,
          descriptionKo: indicator.descriptionKo,
          descriptionEn: indicator.descriptionEn,
          unit: indicator.unit,
          measure: indicator.measure,
          higherIsBetter: indicator.higherIsBetter,
          reason: '',
        }}
      />
    </>
  );
}
