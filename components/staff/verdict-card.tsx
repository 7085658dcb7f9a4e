import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { localized } from '@/lib/domain/localized';
import { seoulTimeFormat } from '@/lib/domain/seoul-time';
import { formatPreciseDate, precisionLabel } from '@/lib/domain/precise-date';
import { toVerdictState, type StaffVerdict, type VerdictPerson } from '@/lib/domain/staff-verdict';

/**
 * One verdict as staff review it: the pledge (in the queue), the rating with its definition and
 * state, the reasoning in both languages, every piece of evidence (source, exact words, the date
 * they describe as precisely as known), who proposed it and when, and its review if it has one.
 * `children` holds the review buttons where the reader may review.
 */
export function VerdictCard({
  verdict,
  showPledge,
  headingLevel,
  children,
}: {
  verdict: StaffVerdict;
  showPledge: boolean;
  headingLevel: 2 | 3;
  children?: ReactNode;
}) {
  const t = useTranslations('staff.verdicts');
  const scale = useTranslations('verdicts');
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const when = seoulTimeFormat(locale, 'moment');
  const nameOf = (person: VerdictPerson) =>
    person.name ?? (person.id === 'seed' ? t('seed') : t('unknownPerson'));
  const state = toVerdictState(verdict.review);
  const headingId = `verdict-${verdict.id}`;
  const title = localized(verdict.pledge, 'title', locale);
  return (
    <article
      className={`staff-verdict staff-verdict--${state}`}
      aria-labelledby={headingId}
      data-testid="verdict"
      data-verdict-id={verdict.id}
      data-state={state}
    >
      <Heading id={headingId}>
        {showPledge ? <>{title} · </> : null}
        {scale(`rating.${verdict.rating}`)}{' '}
        <span className="staff-verdict__state">({t(`state.${state}`)})</span>
      </Heading>
      {showPledge ? (
        <p className="citation">
          <Link href={`/staff/pledges/${verdict.pledge.slug}#verdicts`}>{t('openPledge')}</Link>
        </p>
      ) : null}
      <p className="citation">{scale(`definition.${verdict.rating}`)}</p>
      <dl className="staff-verdict__text">
        <dt>{t('reasoningKo')}</dt>
        <dd lang="ko">{verdict.reasoningKo}</dd>
        <dt>{t('reasoningEn')}</dt>
        <dd lang="en">{verdict.reasoningEn}</dd>
        {verdict.reason ? (
          <>
            <dt>{t('reason')}</dt>
            <dd>{verdict.reason}</dd>
          </>
        ) : null}
        <dt>{t('evidence')}</dt>
        <dd>
          {verdict.evidence.length === 0 ? (
            t('noEvidence')
          ) : (
            <ol className="staff-verdict__evidence">
              {verdict.evidence.map((evidence) => (
                <li key={evidence.position} data-testid="verdict-evidence">
                  <span>
                    {evidence.source.publisher} · {evidence.source.title}
                  </span>
                  <blockquote className="quote" lang="ko">
                    {evidence.quote}
                  </blockquote>
                  <span className="citation">
                    {t('evidenceOn', {
                      date: formatPreciseDate(evidence.on, locale),
                      precision: precisionLabel(evidence.on.precision, locale),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </dd>
      </dl>
      <p className="citation">
        {t('proposed', {
          name: nameOf(verdict.proposedBy),
          when: when.format(new Date(verdict.proposedAt)),
        })}
      </p>
      {verdict.review ? (
        <p className="citation" data-testid="verdict-review">
          {verdict.review.reviewedBy
            ? t('reviewed', {
                decision: t(`decision.${verdict.review.decision}`),
                name: nameOf(verdict.review.reviewedBy),
                when: when.format(new Date(verdict.review.reviewedAt)),
              })
            : t(
                verdict.proposedBy.id === 'seed' ? 'publishedWithSeed' : 'publishedWithoutReviewer',
                {
                  when: when.format(new Date(verdict.review.reviewedAt)),
                },
              )}
          {verdict.review.note ? (
            <>
              <br />
              {t('reviewNote', { note: verdict.review.note })}
            </>
          ) : null}
        </p>
      ) : null}
      {children}
    </article>
  );
}
