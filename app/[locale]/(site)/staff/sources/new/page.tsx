import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SourceForm } from '@/components/staff/source-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { readLocale } from '@/i18n/read-locale';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: 'staff' });
  return { title: t('addSourceTitle') };
}

export default async function NewSourcePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('addSourceTitle')}</h1>
      <p className="lede">{t('addSourceIntro')}</p>
      <SourceForm />
    </>
  );
}
