'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { useStaffMutation } from './use-staff-mutation';

export function SignOutButton() {
  const t = useTranslations('staff');
  const router = useRouter();
  const signOut = useStaffMutation<undefined>('DELETE', '/api/staff/session');
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, { onSettled: () => router.replace('/staff/sign-in') })
      }
    >
      {t('signOut')}
    </button>
  );
}
