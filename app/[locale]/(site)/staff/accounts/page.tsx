import { getTranslations } from 'next-intl/server';
import { AccountManager } from '@/components/staff/account-manager';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'accountsTitle');

export default async function AccountsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale, 'admin');
  const t = await getTranslations('staff');
  const users = await staffData.listAccounts();
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('accountsTitle')}</h1>
      <p className="lede">{t('accountsIntro')}</p>
      <AccountManager
        accounts={users.map((user) => ({
          email: user.email,
          name: user.name,
          role: user.role === 'admin' ? 'admin' : 'editor',
          active: !user.banned,
          isSelf: user.id === actor.id,
        }))}
      />
    </>
  );
}
