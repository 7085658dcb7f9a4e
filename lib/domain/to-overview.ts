import { getLatestFigure } from './latest-figure.ts';
import type {
  FigureRecord,
  IndicatorRecord,
  PledgeRecord,
  ThemeRef,
  VerdictSummary,
} from './records.ts';
import { computePledgeStatus, type PledgeStatus } from './pledge-status.ts';

/**
 * The overview page's shape: themes in order, each with its pledges (and how far the latest
 * figure has come towards each numeric target) and the indicators that have figures but no
 * numeric target (none, or only milestones).
 */

export interface PledgeProgress {
  pledge: PledgeRecord;
  indicator: IndicatorRecord;
  /** The latest figure of a numeric pledge's indicator; always null for a milestone. */
  latest: FigureRecord | null;
  /** Latest ÷ target when more is better (e.g. 1.2384); for less-is-better, the share of the cut from baseline. Null when it cannot be computed. */
  share: number | null;
  /** The progress engine's computed status, as of the overview's date. */
  status: PledgeStatus<FigureRecord>;
  /** The verdict staff published, in force on the overview's date (shown beside the status). */
  verdict?: VerdictSummary | null;
  /** The indicator's latest figure, as context even where it is not evidence (milestones). */
  indicatorLatest: FigureRecord | null;
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

/** The overview as the server reads it at any size: counts, and the first cards of each theme. */
export interface OverviewThemeData {
  theme: ThemeRef;
  pledgeCount: number;
  /** The theme's first pledges, in the order they were entered. */
  pledges: PledgeProgress[];
  unpledgedCount: number;
  /** The theme's first indicators with figures and no numeric target. */
  unpledged: UnpledgedIndicator[];
}

export interface OverviewData {
  pledgeCount: number;
  figureCount: number;
  themes: OverviewThemeData[];
  /** Titles of the pledges the cards shown raise or were raised by. */
  titles: Map<string, { ko: string; en: string }>;
}

export interface OverviewInput {
  /** The day statuses are computed for (ISO). */
  asOf: string;
  themes: readonly ThemeRef[];
  indicators: readonly IndicatorRecord[];
  pledges: readonly PledgeRecord[];
  figures: readonly FigureRecord[];
}

export function toPledgeProgress(
  pledge: PledgeRecord,
  indicator: IndicatorRecord,
  figures: readonly FigureRecord[],
  asOf: string,
): PledgeProgress {
  const status = computePledgeStatus({ pledge, indicator, figures, asOf });
  const indicatorLatest = getLatestFigure(
    figures.filter((figure) => figure.observedOn.date <= asOf),
  );
  return { pledge, indicator, latest: status.latest, share: status.share, status, indicatorLatest };
}

export function toOverview({
  asOf,
  themes,
  indicators,
  pledges,
  figures,
}: OverviewInput): OverviewTheme[] {
  const indicatorsBySlug = new Map(indicators.map((indicator) => [indicator.slug, indicator]));
  const figuresByIndicator = groupBy(figures, (figure) => figure.indicatorSlug);
  // A milestone's indicator still shows its figures: they are context, not evidence for the milestone.
  const targetedIndicators = new Set(
    pledges.filter((pledge) => pledge.kind === 'TARGET').map((pledge) => pledge.indicatorSlug),
  );

  return [...themes]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((theme) => {
      const themePledges = pledges.flatMap((pledge) => {
        const indicator = indicatorsBySlug.get(pledge.indicatorSlug);
        return indicator?.theme.slug === theme.slug
          ? [
              toPledgeProgress(
                pledge,
                indicator,
                figuresByIndicator.get(pledge.indicatorSlug) ?? [],
                asOf,
              ),
            ]
          : [];
      });
      const unpledged = indicators
        .filter(
          (indicator) =>
            indicator.theme.slug === theme.slug && !targetedIndicators.has(indicator.slug),
        )
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
