import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatStatusLabel } from '@/lib/domain/progress-reason';
import type { VerdictSummary } from '@/lib/domain/records';
import { verdictDisagrees } from '@/lib/domain/verdict';
import { VerdictBadge } from './verdict-badge';

/**
 * A pledge card's verdict, beside its computed status: the badge and a link to the evidence (or,
 * for "not yet rated", to the reason) on the pledge's page, one click from the quote. Where the
 * two contradict each other, a note says so under them.
 */
export function VerdictLine({
  slug,
  verdict,
  status,
}: {
  slug: string;
  verdict: VerdictSummary | null;
  status: PledgeStatus;
}) {
  const t = useTranslations('verdicts');
  const progress = useTranslations('progress');
  const href = `/pledges/${slug}#verdict`;
  return (
    <>
      <p className="verdict-line" data-testid="verdict-line">
        {verdict ? (
          <>
            <Link href={href} className="verdict-link">
              <VerdictBadge rating={verdict.rating} />
            </Link>
            {verdict.corrected ? (
              <span className="badge badge--corrected"> {t('corrected')}</span>
            ) : null}{' '}
            <Link href={href}>
              {verdict.rating === 'NOT_YET_RATED' ? t('seeWhy') : t('seeEvidence')}
            </Link>
          </>
        ) : (
          <Link href={href}>{t('noneShort')}</Link>
        )}
      </p>
      {verdict && verdictDisagrees(verdict.rating, status.status) ? (
        <p className="verdict-disagrees" role="note" data-testid="verdict-disagrees">
          {t('disagrees', {
            verdict: t(`rating.${verdict.rating}`),
            status: formatStatusLabel(status, progress),
          })}
        </p>
      ) : null}
    </>
  );
}
