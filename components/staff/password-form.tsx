'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormAlert, FormField, RefusalMessage } from './form-field';
import { issuesOf, useStaffMutation } from './use-staff-mutation';

const EMPTY = { currentPassword: '', newPassword: '' };

/** Replaces one's own password; the other sessions of the account end. */
export function PasswordForm() {
  const t = useTranslations('staff');
  const [values, setValues] = useState(EMPTY);
  const mutation = useStaffMutation<typeof EMPTY>('POST', '/api/staff/password');
  const error = mutation.error;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(values, { onSuccess: () => setValues(EMPTY) });
  };
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      {error ? (
        <FormAlert tone="error">
          <RefusalMessage error={error} />
        </FormAlert>
      ) : null}
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
          onChange={(event) => setValues({ ...values, currentPassword: event.target.value })}
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
          onChange={(event) => setValues({ ...values, newPassword: event.target.value })}
        />
      </FormField>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {t('changePassword')}
      </button>
    </form>
  );
}
