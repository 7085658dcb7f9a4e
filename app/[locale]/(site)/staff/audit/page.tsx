import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StaffBar } from '@/components/staff/staff-bar';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import { getDb } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 200;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'staff' });
  return { title: t('auditTitle') };
}

/** The latest entries of the audit log, for staff to see who changed what (and what was refused). */
export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const events = await getDb().auditEvent.findMany({ orderBy: { id: 'desc' }, take: PAGE_SIZE });
  const when = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium', hourCycle: 'h23', timeZone: 'Asia/Seoul' });
  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('auditTitle')}</h1>
      <p className="lede">{t('auditIntro')}</p>
      <div className="table-wrap" role="region" aria-label={t('auditTitle')} tabIndex={0}>
        <table className="data" data-testid="audit-log">
          <caption>{t('auditTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.outcome')}</th>
              {/* Addresses are personal data: only administrators see them. */}
              {actor.role === 'admin' ? <th scope="col">{t('audit.from')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={String(event.id)}>
                <td>
                  <time dateTime={event.occurredAt.toISOString()}>{when.format(event.occurredAt)}</time>
                </td>
                <td>{event.actorEmail ?? '—'}</td>
                <td>
                  <code>{event.action}</code>
                </td>
                <td>{event.targetSlug ? `${event.targetType}: ${event.targetSlug}` : '—'}</td>
                <td>
                  <code>{event.outcome}</code> {typeof event.details === 'object' && event.details && 'code' in event.details ? <small>({String(event.details.code)})</small> : null}
                </td>
                {actor.role === 'admin' ? <td>{event.ipAddress ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
