import { getTranslations } from 'next-intl/server';
import { statusClassName } from '@/components/status-badge';
import { readLocale } from '@/i18n/read-locale';
import { pageTitle } from '@/i18n/page-title';
import { toStatusAnchor, toVerdictAnchor } from '@/lib/domain/methodology-anchors';
import { PLEDGE_STATUSES } from '@/lib/domain/pledge-status';
import { formatPaceRatio } from '@/lib/domain/progress-reason';
import { DEFAULT_PROGRESS_THRESHOLDS } from '@/lib/domain/progress-thresholds';
import { PLEDGE_KINDS } from '@/lib/domain/types';
import { POLITIFACT_EQUIVALENT, VERDICT_RATINGS } from '@/lib/domain/verdict';

interface PageProps {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = pageTitle('methodology', 'title');

const SECTIONS = ['kinds', 'status', 'scale', 'evidence', 'review', 'disagreement'] as const;

/**
 * How pledges are judged: the three kinds, the computed status (its pace, thresholds and the
 * two-point rule, read from the engine's own constants), the verdict scale with its PolitiFact
 * equivalents, evidence, review and disagreement. Each status and stage has an anchor
 * (methodology-anchors.ts) that badges and "how this was computed" link to. It reads no data, so
 * it is the same page for every reader and is cached like the other public pages.
 */
export default async function MethodologyPage({ params }: PageProps) {
  await readLocale(params);
  const t = await getTranslations('methodology');
  const progress = await getTranslations('progress');
  const verdicts = await getTranslations('verdicts');
  const verdictNames = {
    ko: await getTranslations({ locale: 'ko', namespace: 'verdicts' }),
    en: await getTranslations({ locale: 'en', namespace: 'verdicts' }),
  };
  const thresholds = {
    onTrack: formatPaceRatio(DEFAULT_PROGRESS_THRESHOLDS.onTrack),
    needsAcceleration: formatPaceRatio(DEFAULT_PROGRESS_THRESHOLDS.needsAcceleration),
  };
  // The names the prose mentions, from their own messages so a renamed status or stage follows.
  const names = {
    awaiting: progress('status.AWAITING_EVIDENCE'),
    insufficient: progress('status.INSUFFICIENT_DATA'),
    noFigure: progress('status.NO_FIGURE'),
    noDeadline: progress('status.NO_DEADLINE'),
    onTrackName: progress('status.ON_TRACK'),
    needsAccelerationName: progress('status.NEEDS_ACCELERATION'),
    behindName: progress('status.BEHIND'),
    deterioratingName: progress('status.DETERIORATING'),
    achievedEarly: progress('status.ACHIEVED_EARLY'),
    completed: verdicts('rating.COMPLETED'),
    onHold: verdicts('rating.ON_HOLD'),
    inProgress: verdicts('rating.IN_PROGRESS'),
    notYetRated: verdicts('rating.NOT_YET_RATED'),
  };

  return (
    <article className="methodology">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <nav aria-labelledby="methodology-contents" className="methodology__contents">
        <h2 id="methodology-contents">{t('contents')}</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`${section}.heading`)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="kinds">
        <h2 id="kinds">{t('kinds.heading')}</h2>
        <dl className="methodology__kinds">
          {PLEDGE_KINDS.map((kind) => (
            <div key={kind} id={`kind-${kind}`}>
              <dt>{t(`kinds.${kind}`)}</dt>
              <dd>{t(`kinds.${kind}Text`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="status">
        <h2 id="status">{t('status.heading')}</h2>
        <p>{t('status.intro', names)}</p>
        <p>{t('status.pace')}</p>
        <p data-testid="methodology-thresholds">
          {t('status.thresholds', { ...thresholds, ...names })}
        </p>
        <p>{t('status.points', names)}</p>
        <p>{t('status.dates')}</p>
        <table className="data methodology__table" data-testid="status-table">
          <caption>{t('status.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('status.columnName')}</th>
              <th scope="col">{t('status.columnMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {PLEDGE_STATUSES.map((status) => (
              <tr key={status} id={toStatusAnchor(status)} data-status-row={status}>
                <th scope="row">
                  <span className={statusClassName(status)}>{progress(`status.${status}`)}</span>
                </th>
                <td>{t(`status.meaning.${status}`, { ...thresholds, ...names })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="scale">
        <h2 id="scale">{t('scale.heading')}</h2>
        <p>{t('scale.intro')}</p>
        <table className="data methodology__table methodology__scale" data-testid="verdict-scale">
          <caption>{t('scale.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scale.columnKo')}</th>
              <th scope="col">{t('scale.columnEn')}</th>
              <th scope="col">{t('scale.columnDefinition')}</th>
              <th scope="col">{t('scale.columnPolitifact')}</th>
            </tr>
          </thead>
          <tbody>
            {VERDICT_RATINGS.map((rating) => (
              <tr key={rating} id={toVerdictAnchor(rating)} data-rating={rating}>
                <th scope="row" lang="ko">
                  {verdictNames.ko(`rating.${rating}`)}
                </th>
                <td lang="en" data-label={t('scale.columnEn')}>
                  {verdictNames.en(`rating.${rating}`)}
                </td>
                <td data-label={t('scale.columnDefinition')}>{verdicts(`definition.${rating}`)}</td>
                <td lang="en" data-label={t('scale.columnPolitifact')}>
                  {POLITIFACT_EQUIVALENT[rating]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="evidence">
        <h2 id="evidence">{t('evidence.heading')}</h2>
        <ul>
          <li>{t('evidence.source')}</li>
          <li>{t('evidence.date')}</li>
          <li>{t('evidence.reasoning')}</li>
        </ul>
      </section>

      <section aria-labelledby="review">
        <h2 id="review">{t('review.heading')}</h2>
        <p>{t('review.rule')}</p>
        <p>{t('review.smallTeams')}</p>
        <p>{t('review.history')}</p>
      </section>

      <section aria-labelledby="disagreement">
        <h2 id="disagreement">{t('disagreement.heading')}</h2>
        <p>{t('disagreement.rule', names)}</p>
        <p>{t('disagreement.unknown', names)}</p>
      </section>
    </article>
  );
}
