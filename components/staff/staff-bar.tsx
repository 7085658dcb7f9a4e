import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { StaffActor } from '@/lib/server/auth/get-staff-actor';
import { SignOutButton } from './sign-out-button';

/** Who is signed in and where staff can go, at the top of every staff page. */
export function StaffBar({ actor }: { actor: StaffActor }) {
  const t = useTranslations('staff');
  const tv = useTranslations('staff.verdicts');
  const ts = useTranslations('staff.settings');
  return (
    <nav className="staff-bar" aria-label={t('title')}>
      <ul>
        <li>
          <Link href="/staff">{t('title')}</Link>
        </li>
        <li>
          <Link href="/staff/figures/new">{t('addFigure')}</Link>
        </li>
        <li>
          <Link href="/staff/pledges/new">{t('addPledge')}</Link>
        </li>
        <li>
          <Link href="/staff/sources/new">{t('addSource')}</Link>
        </li>
        <li>
          <Link href="/staff/import">{t('importCsv')}</Link>
        </li>
        <li>
          <Link href="/staff/verdicts">{tv('navLink')}</Link>
        </li>
        <li>
          <Link href="/staff/audit">{t('auditLog')}</Link>
        </li>
        {actor.role === 'admin' ? (
          <>
            <li>
              <Link href="/staff/accounts">{t('accounts')}</Link>
            </li>
            <li>
              <Link href="/staff/settings">{ts('navLink')}</Link>
            </li>
          </>
        ) : null}
      </ul>
      <p className="staff-bar__who">
        <Link href="/staff/account" data-testid="signed-in-as">
          {t('signedInAs', { name: actor.name, role: t(`roles.${actor.role}`) })}
        </Link>{' '}
        <SignOutButton />
      </p>
    </nav>
  );
}
