'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { FormAlert, FormField } from './form-field';
import { issuesOf, useStaffMutation } from './use-staff-mutation';

export function SignInForm() {
  const t = useTranslations('staff');
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useStaffMutation<{ email: string; password: string }>(
    'POST',
    '/api/staff/session',
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password }, { onSuccess: () => router.replace('/staff') });
  };
  const error = signIn.error;
  const retryMinutes = Math.ceil(Number(error?.detail.message.match(/(\d+) minutes/)?.[1] ?? 15));
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      {error && !error.detail.fields ? (
        <FormAlert tone="error">
          {t(`errors.${error.detail.code}` as 'errors.internal', { minutes: retryMinutes })}
        </FormAlert>
      ) : null}
      <FormField id="email" label={t('email')} issues={issuesOf(error, 'email')} required>
        <input
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </FormField>
      <FormField id="password" label={t('password')} issues={issuesOf(error, 'password')} required>
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </FormField>
      <button type="submit" className="button" disabled={signIn.isPending}>
        {signIn.isPending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}
