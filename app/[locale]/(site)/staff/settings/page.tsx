import { getTranslations } from 'next-intl/server';
import { SiteSettingsForm } from '@/components/staff/site-settings-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff.settings', 'title');

/** Admins only: the site's settings (whether a verdict needs a second reviewer). */
export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale, 'admin');
  const t = await getTranslations('staff.settings');
  const settings = await staffData.getSiteSettings();
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <SiteSettingsForm verdictReviewRequired={settings.verdictReviewRequired} />
    </>
  );
}
