import { useLocale } from 'next-intl';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatStatusLabel } from '@/lib/domain/progress-reason';
import type { Locale } from '@/lib/domain/types';

/** The status as a badge. Colour only repeats what the text says, so it is never the sole signal. */
export function StatusBadge({ status }: { status: PledgeStatus }) {
  const locale = useLocale() as Locale;
  return (
    <span
      className={`status status--${status.status.toLowerCase().replaceAll('_', '-')}`}
      data-status={status.status}
    >
      {formatStatusLabel(status, locale)}
    </span>
  );
}
