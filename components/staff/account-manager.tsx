'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { FormAlert, FormField } from './form-field';
import { issuesOf, useStaffMutation } from './use-staff-mutation';
import { useStaffForm } from './use-staff-form';

export interface AccountRow {
  email: string;
  name: string;
  role: 'editor' | 'admin';
  active: boolean;
  isSelf: boolean;
}

/** Admins list, create, promote, demote, disable and re-enable accounts. */
export function AccountManager({ accounts }: { accounts: AccountRow[] }) {
  const t = useTranslations('staff');
  return (
    <>
      <table className="data">
        <caption>{t('accountsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.email')}</th>
            <th scope="col">{t('fields.role')}</th>
            <th scope="col">{t('fields.active')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <AccountLine key={account.email} account={account} />
          ))}
        </tbody>
      </table>
      <h2>{t('createAccount')}</h2>
      <CreateAccountForm />
    </>
  );
}

function AccountLine({ account }: { account: AccountRow }) {
  const t = useTranslations('staff');
  const router = useRouter();
  const change = useStaffMutation<{ role?: string; active?: boolean }>(
    'PATCH',
    `/api/staff/accounts/${encodeURIComponent(account.email)}`,
  );
  const send = (body: { role?: string; active?: boolean }) =>
    change.mutate(body, { onSuccess: () => router.refresh() });
  return (
    <tr>
      <th scope="row">{account.name}</th>
      <td>{account.email}</td>
      <td>
        {t(`roles.${account.role}`)}{' '}
        {account.isSelf ? null : (
          <button
            type="button"
            className="button button--quiet"
            disabled={change.isPending}
            onClick={() => send({ role: account.role === 'admin' ? 'editor' : 'admin' })}
          >
            {account.role === 'admin' ? t('makeEditor') : t('makeAdmin')}
          </button>
        )}
      </td>
      <td>
        {account.active ? '✓' : t('disabled')}{' '}
        {account.isSelf ? null : (
          <button
            type="button"
            className="button button--quiet"
            disabled={change.isPending}
            onClick={() => send({ active: !account.active })}
          >
            {account.active ? t('disable') : t('enable')}
          </button>
        )}
        {change.error ? (
          <span className="form-error">
            {' '}
            {t(`errors.${change.error.detail.code}` as 'errors.internal', { minutes: 15 })}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

const EMPTY = { email: '', name: '', role: 'editor', password: '' };

function CreateAccountForm() {
  const t = useTranslations('staff');
  const router = useRouter();
  const { values, setValues, set, mutation, error } = useStaffForm(
    EMPTY,
    'POST',
    '/api/staff/accounts',
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(values, {
      onSuccess: () => {
        setValues(EMPTY);
        router.refresh();
      },
    });
  };
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      {error && !error.detail.fields ? (
        <FormAlert tone="error">
          {t(`errors.${error.detail.code}` as 'errors.internal', { minutes: 15 })}
        </FormAlert>
      ) : null}
      {mutation.isSuccess ? <FormAlert tone="success">{t('saved')}</FormAlert> : null}
      <FormField id="new-email" label={t('email')} issues={issuesOf(error, 'email')} required>
        <input type="email" autoComplete="off" value={values.email} onChange={set('email')} />
      </FormField>
      <FormField id="new-name" label={t('fields.name')} issues={issuesOf(error, 'name')} required>
        <input type="text" value={values.name} onChange={set('name')} />
      </FormField>
      <FormField id="new-role" label={t('fields.role')} issues={issuesOf(error, 'role')} required>
        <select value={values.role} onChange={set('role')}>
          <option value="editor">{t('roles.editor')}</option>
          <option value="admin">{t('roles.admin')}</option>
        </select>
      </FormField>
      <FormField
        id="new-password"
        label={t('password')}
        hint={t('hints.password')}
        issues={issuesOf(error, 'password')}
        required
      >
        <input
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
        />
      </FormField>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {t('createAccount')}
      </button>
    </form>
  );
}
