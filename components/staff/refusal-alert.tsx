'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { FormAlert, RefusalMessage } from './form-field';
import type { StaffRequestError } from './use-staff-mutation';

/**
 * What a staff form says above its fields when the server refused it. A form that sends the
 * revision it was based on passes `describeConflict`: when someone else saved first (409), it
 * names what is stored now and, when `offerReload`, links to a reload that starts from it.
 */
export function RefusalAlert({
  error,
  describeConflict,
  offerReload = false,
  offerSignIn = false,
}: {
  error: StaffRequestError | null;
  describeConflict?: (current: Record<string, unknown>) => string;
  offerReload?: boolean;
  /** Link to the sign-in page when the session has ended (401). */
  offerSignIn?: boolean;
}) {
  const t = useTranslations('staff');
  if (!error) return null;
  const { detail } = error;
  if (describeConflict && detail.status === 409 && detail.current)
    return (
      <FormAlert tone="error">
        <strong>{t('conflictTitle')}</strong>
        <p data-testid="conflict-message">{describeConflict(detail.current)}</p>
        {offerReload ? (
          <a href={`?reload=${String(detail.current.revision)}`} className="button-link">
            {t('conflictReload')}
          </a>
        ) : null}
      </FormAlert>
    );
  return (
    <FormAlert tone="error">
      <RefusalMessage error={error} />
      {offerSignIn && detail.status === 401 ? (
        <>
          {' '}
          <Link href="/staff/sign-in">{t('signIn')}</Link>
        </>
      ) : null}
    </FormAlert>
  );
}
