import { getTranslations } from 'next-intl/server';
import { EMPTY_CITATION } from '@/components/staff/citation-values';
import { PledgeForm } from '@/components/staff/pledge-form';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { listAdministrationOptions } from '@/lib/server/staff/list-form-options';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

export const generateMetadata = pageTitle('staff', 'addPledgeTitle');

export default async function NewPledgePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const administrations = await listAdministrationOptions(locale);
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('addPledgeTitle')}</h1>
      <p className="lede">{t('addPledgeIntro')}</p>
      <PledgeForm
        mode="add"
        administrations={administrations}
        source={null}
        initial={{
          kind: 'TARGET',
          indicator: '',
          administration: administrations[administrations.length - 1]?.slug ?? '',
          supersedes: '',
          titleKo: '',
          titleEn: '',
          targetValue: '',
          deadline: '',
          deadlineInferred: false,
          baselineValue: '',
          baselineOn: '',
          baselineAssumed: false,
          announcedOn: '',
          ...EMPTY_CITATION,
        }}
      />
    </>
  );
}
