'use client';

import { useTranslations } from 'next-intl';

/** The submit button of a form that saves a record: it says so while the request is under way. */
export function SaveButton({ pending }: { pending: boolean }) {
  const t = useTranslations('staff');
  return (
    <button type="submit" className="button" disabled={pending}>
      {pending ? t('saving') : t('save')}
    </button>
  );
}
