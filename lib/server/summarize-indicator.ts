import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatValue } from '../domain/format-value.ts';
import type { PledgeStatus } from '../domain/pledge-status.ts';
import { formatPreciseDate } from '../domain/precise-date.ts';
import { formatStatusLabel, formatStatusReason } from '../domain/progress-reason.ts';
import type { Locale } from '../domain/types.ts';
import type { IndicatorView } from './queries/get-indicator-page.ts';
import { localized } from '../domain/localized.ts';

/**
 * The chart's summary (also its accessible name, and the sentence drawn on chart images): the
 * latest figure, then each numeric pledge's status and reason — the current target first,
 * goalposts moved since after it — then each published verdict with where its evidence is from.
 */
export async function summarizeIndicator(
  {
    indicator,
    latest,
    pledges,
    verdicts,
  }: Pick<IndicatorView, 'indicator' | 'latest' | 'pledges' | 'verdicts'>,
  statuses: ReadonlyMap<string, PledgeStatus>,
  locale: Locale,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'indicator' });
  const progressWords = await getTranslations({ locale, namespace: 'progress' });
  const name = localized(indicator, 'name', locale);
  const sentences = [
    latest
      ? t('summaryLatest', {
          name,
          value: formatValue(latest.value, indicator.unit, locale),
          date: formatPreciseDate(latest.observedOn, locale),
        })
      : t('summaryNoData', { name }),
  ];
  const numeric = pledges
    .filter((pledge) => pledge.kind === 'TARGET')
    .sort((a, b) => Number(a.supersededBySlug !== null) - Number(b.supersededBySlug !== null));
  for (const pledge of numeric) {
    const status = statuses.get(pledge.slug);
    if (!status) continue;
    const title = localized(pledge, 'title', locale);
    sentences.push(
      `${title} (${formatStatusLabel(status, progressWords)}): ${formatStatusReason(status, indicator.unit, { locale, t: progressWords }, pledge.baseline?.value)}.`,
    );
  }
  // Verdicts beside the statuses, for every kind of pledge, each with where its evidence is from.
  const verdictWords = await getTranslations({ locale, namespace: 'verdicts' });
  for (const pledge of pledges) {
    const verdict = verdicts.get(pledge.slug);
    if (!verdict || verdict.rating === 'NOT_YET_RATED') continue;
    const first = verdict.evidence?.[0];
    sentences.push(
      verdictWords('summary', {
        title: localized(pledge, 'title', locale),
        rating: verdictWords(`rating.${verdict.rating}`),
        source: first
          ? `${first.source.publisher}, ${formatPreciseDate(first.on, locale)}`
          : verdictWords('summaryNoSource'),
      }),
    );
  }
  return sentences.join(' ');
}
