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
 * The chart's summary (also its accessible name): the latest figure, then each numeric pledge's
 * status and reason — the current target first, goalposts moved since after it.
 */
export async function summarizeIndicator(
  { indicator, latest, pledges }: Pick<IndicatorView, 'indicator' | 'latest' | 'pledges'>,
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
  return sentences.join(' ');
}
