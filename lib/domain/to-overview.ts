import { getLatestFigure } from './latest-figure.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord, ThemeRef } from './records.ts';
import { shareOfTarget } from './share-of-target.ts';

/**
 * The overview page's shape: themes in order, each with its pledges (and how far the latest
 * figure has come towards each numeric target) and the indicators that have figures but no
 * numeric target (none, or only milestones).
 */

export interface PledgeProgress {
  pledge: PledgeRecord;
  indicator: IndicatorRecord | null;
  /** The latest figure of a numeric pledge's indicator; always null for a milestone. */
  latest: FigureRecord | null;
  /** Latest ÷ target when more is better (e.g. 1.2384); for less-is-better, the share of the cut from baseline. Null when it cannot be computed. */
  share: number | null;
}

export interface UnpledgedIndicator {
  indicator: IndicatorRecord;
  latest: FigureRecord;
  figureCount: number;
}

export interface OverviewTheme {
  theme: ThemeRef;
  pledges: PledgeProgress[];
  unpledged: UnpledgedIndicator[];
}

export interface OverviewInput {
  themes: readonly ThemeRef[];
  indicators: readonly IndicatorRecord[];
  pledges: readonly PledgeRecord[];
  figures: readonly FigureRecord[];
}

export function toPledgeProgress(
  pledge: PledgeRecord,
  indicator: IndicatorRecord | null,
  figures: readonly FigureRecord[],
): PledgeProgress {
  // A milestone is linked to an indicator for its theme and context, but that indicator's figures
  // are not evidence that the event happened: show none rather than imply progress.
  if (pledge.kind === 'MILESTONE' || pledge.targetValue === null || !indicator) {
    return { pledge, indicator, latest: null, share: null };
  }
  const latest = getLatestFigure(figures);
  if (!latest) return { pledge, indicator, latest, share: null };
  const share = shareOfTarget({
    // Readers take "목표의 61.9%" as latest ÷ target. That is the share when more is better; when
    // less is better the baseline is needed to say how much of the planned cut has been made.
    baseline: indicator.higherIsBetter ? undefined : pledge.baseline?.value,
    target: pledge.targetValue,
    latest: latest.value,
    higherIsBetter: indicator.higherIsBetter,
  });
  return { pledge, indicator, latest, share };
}

export function toOverview({ themes, indicators, pledges, figures }: OverviewInput): OverviewTheme[] {
  const indicatorsBySlug = new Map(indicators.map((indicator) => [indicator.slug, indicator]));
  const figuresByIndicator = groupBy(figures, (figure) => figure.indicatorSlug);
  // A milestone's indicator still shows its figures: they are context, not evidence for the milestone.
  const targetedIndicators = new Set(pledges.filter((pledge) => pledge.kind === 'TARGET').map((pledge) => pledge.indicatorSlug));

  return [...themes]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((theme) => {
      const themePledges = pledges
        .filter((pledge) => indicatorsBySlug.get(pledge.indicatorSlug)?.theme.slug === theme.slug)
        .map((pledge) =>
          toPledgeProgress(
            pledge,
            indicatorsBySlug.get(pledge.indicatorSlug) ?? null,
            figuresByIndicator.get(pledge.indicatorSlug) ?? [],
          ),
        );
      const unpledged = indicators
        .filter((indicator) => indicator.theme.slug === theme.slug && !targetedIndicators.has(indicator.slug))
        .flatMap((indicator) => {
          const own = figuresByIndicator.get(indicator.slug) ?? [];
          const latest = getLatestFigure(own);
          return latest ? [{ indicator, latest, figureCount: own.length }] : [];
        });
      return { theme, pledges: themePledges, unpledged };
    });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
