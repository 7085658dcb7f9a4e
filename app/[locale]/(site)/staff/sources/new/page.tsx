import { getTranslations } from 'next-intl/server';
import { SourceForm } from '@/components/staff/source-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'addSourceTitle');

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
