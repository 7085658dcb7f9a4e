import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import type { VerdictSummary } from '@/lib/domain/records';
import { VerdictBadge } from './verdict-badge';
import { VerdictDisagreement } from './verdict-disagreement';

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
      {verdict ? <VerdictDisagreement rating={verdict.rating} status={status} /> : null}
    </>
  );
}
