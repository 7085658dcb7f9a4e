'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { FormAlert, FormField } from './form-field';
import { RefusalAlert } from './refusal-alert';
import { issuesOf } from './use-staff-mutation';
import { useStaffForm } from './use-staff-form';

const EMPTY = { currentPassword: '', newPassword: '' };

/** Replaces one's own password; the other sessions of the account end. */
export function PasswordForm() {
  const t = useTranslations('staff');
  const { values, setValues, set, mutation, error } = useStaffForm(
    EMPTY,
    'POST',
    '/api/staff/password',
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(values, { onSuccess: () => setValues(EMPTY) });
  };
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      <RefusalAlert error={error} />
      {mutation.isSuccess ? <FormAlert tone="success">{t('passwordChanged')}</FormAlert> : null}
      <FormField
        id="currentPassword"
        label={t('fields.currentPassword')}
        issues={issuesOf(error, 'currentPassword')}
        required
      >
        <input
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
        />
      </FormField>
      <FormField
        id="newPassword"
        label={t('fields.newPassword')}
        hint={t('hints.password')}
        issues={issuesOf(error, 'newPassword')}
        required
      >
        <input
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
        />
      </FormField>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {t('changePassword')}
      </button>
    </form>
  );
}
