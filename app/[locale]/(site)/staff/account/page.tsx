import { getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/staff/password-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'myAccount');

export default async function MyAccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('myAccount')}</h1>
      <p className="lede">
        {actor.name} · {actor.email} · {t(`roles.${actor.role}`)}
      </p>
      <h2>{t('changePassword')}</h2>
      <p>{t('changePasswordIntro')}</p>
      <PasswordForm />
    </>
  );
}
