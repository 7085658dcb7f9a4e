import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/staff/sign-in-form';
import { redirect } from '@/i18n/navigation';
import { getStaffActor } from '@/lib/server/auth/get-staff-actor';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'signInTitle');

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  if (await getStaffActor(await headers())) redirect({ href: '/staff', locale });
  const t = await getTranslations('staff');
  return (
    <section className="staff-narrow">
      <h1>{t('signInTitle')}</h1>
      <p className="lede">{t('signInIntro')}</p>
      <SignInForm />
    </section>
  );
}
