import { useTranslations } from 'next-intl';
import type { PledgeStatus, PledgeStatusCode } from '@/lib/domain/pledge-status';
import { formatStatusLabel } from '@/lib/domain/progress-reason';

/** The status as a badge. Colour only repeats what the text says, so it is never the sole signal. */
export function StatusBadge({ status }: { status: PledgeStatus }) {
  const t = useTranslations('progress');
  return (
    <span className={statusClassName(status.status)} data-status={status.status}>
      {formatStatusLabel(status, t)}
    </span>
  );
}

/** The badge's classes for a status, also used where a status is named without a computed one. */
export function statusClassName(status: PledgeStatusCode): string {
  return `status status--${status.toLowerCase().replaceAll('_', '-')}`;
}
