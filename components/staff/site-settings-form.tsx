'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { FormAlert, RefusalMessage } from './form-field';
import { useStaffMutation } from './use-staff-mutation';

/**
 * The admin's settings: whether a verdict needs a second reviewer (on unless an admin turns it
 * off), with what turning it off means, and where it stands now.
 */
export function SiteSettingsForm({ verdictReviewRequired }: { verdictReviewRequired: boolean }) {
  const t = useTranslations('staff.settings');
  const router = useRouter();
  const [required, setRequired] = useState(verdictReviewRequired);
  const mutation = useStaffMutation<{ verdictReviewRequired: boolean }>(
    'PUT',
    '/api/staff/settings',
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ verdictReviewRequired: required }, { onSuccess: () => router.refresh() });
  };
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      {mutation.error ? (
        <FormAlert tone="error">
          <RefusalMessage error={mutation.error} />
        </FormAlert>
      ) : null}
      {mutation.isSuccess ? <FormAlert tone="success">{t('saved')}</FormAlert> : null}
      <p data-testid="review-setting">{verdictReviewRequired ? t('stateOn') : t('stateOff')}</p>
      <div className="form-field form-field--check">
        <label htmlFor="verdictReviewRequired">
          <input
            id="verdictReviewRequired"
            type="checkbox"
            checked={required}
            aria-describedby="verdictReviewRequired-hint"
            onChange={(event) => setRequired(event.target.checked)}
          />{' '}
          {t('reviewRequired')}
        </label>
        <p className="form-hint" id="verdictReviewRequired-hint">
          {t('reviewRequiredHint')}
        </p>
      </div>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {t('save')}
      </button>
    </form>
  );
}
