import { useLocale, useTranslations } from 'next-intl';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PledgeRecord } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';

/**
 * What a pledge promised, as terms of a `<dl className="facts">`: its target (or a policy's
 * promised level; milestones have none) and its deadline, marked where the deadline is inferred rather than stated.
 */
export function PledgePromiseFacts({
  pledge,
  unit,
}: {
  pledge: Pick<PledgeRecord, 'targetValue' | 'deadline' | 'deadlineInferred'> &
    Partial<Pick<PledgeRecord, 'kind'>>;
  unit: Unit;
}) {
  const t = useTranslations('common');
  const locale = useLocale();
  return (
    <>
      {pledge.targetValue !== null ? (
        <>
          {/* A policy's number is the level promised, not a quantity to reach. */}
          <dt>{t(pledge.kind === 'POLICY' ? 'policyLevel' : 'target')}</dt>
          <dd>{formatValue(pledge.targetValue, unit, locale)}</dd>
        </>
      ) : null}
      <dt>{t('deadline')}</dt>
      <dd>
        {pledge.deadline ? formatPreciseDate(pledge.deadline, locale) : t('noDeadline')}
        {pledge.deadline && pledge.deadlineInferred ? (
          <span className="badge badge--inferred"> {t('inferred')}</span>
        ) : null}
      </dd>
    </>
  );
}
