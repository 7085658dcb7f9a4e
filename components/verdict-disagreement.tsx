import { useTranslations } from 'next-intl';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatStatusLabel } from '@/lib/domain/progress-reason';
import { verdictDisagrees, type VerdictRating } from '@/lib/domain/verdict';

/**
 * The note shown where a verdict and the computed status contradict each other (verdictDisagrees):
 * both stay on the page, named side by side. Nothing where they agree.
 */
export function VerdictDisagreement({
  rating,
  status,
}: {
  rating: VerdictRating;
  status: PledgeStatus;
}) {
  const t = useTranslations('verdicts');
  const progress = useTranslations('progress');
  if (!verdictDisagrees(rating, status.status)) return null;
  return (
    <p className="verdict-disagrees" role="note" data-testid="verdict-disagrees">
      {t('disagrees', {
        verdict: t(`rating.${rating}`),
        status: formatStatusLabel(status, progress),
      })}
    </p>
  );
}
