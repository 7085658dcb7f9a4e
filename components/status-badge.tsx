import { useTranslations } from 'next-intl';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatStatusLabel } from '@/lib/domain/progress-reason';

/** The status as a badge. Colour only repeats what the text says, so it is never the sole signal. */
export function StatusBadge({ status }: { status: PledgeStatus }) {
  const t = useTranslations('progress');
  return (
    <span
      className={`status status--${status.status.toLowerCase().replaceAll('_', '-')}`}
      data-status={status.status}
    >
      {formatStatusLabel(status, t)}
    </span>
  );
}
