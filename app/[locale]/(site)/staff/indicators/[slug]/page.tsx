import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IndicatorForm } from '@/components/staff/indicator-form';
import { StaffBar } from '@/components/staff/staff-bar';
import type { Locale } from '@/lib/domain/types';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { dashboard } from '@/lib/server/dashboard';
import { listIndicatorFormOptions } from '@/lib/server/staff/list-indicator-form-options';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: 'staff' });
  return { title: t('correctIndicatorTitle', { name: slug }) };
}

export default async function CorrectIndicatorPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const indicator = (await dashboard.listIndicators()).find((candidate) => candidate.slug === slug);
  if (!indicator) notFound();
  const t = await getTranslations('staff');
  const options = await listIndicatorFormOptions(locale as Locale);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>
        {t('correctIndicatorTitle', {
          name: locale === 'ko' ? indicator.nameKo : indicator.nameEn,
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
