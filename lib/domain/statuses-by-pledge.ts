import { computePledgeStatus, type PledgeStatus } from './pledge-status.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from './records.ts';

/** The engine's verdict for each pledge on one indicator, by pledge slug. */
export function computeStatusesByPledge(
  indicator: IndicatorRecord,
  pledges: readonly PledgeRecord[],
  figures: readonly FigureRecord[],
  asOf: string,
): Map<string, PledgeStatus<FigureRecord>> {
  return new Map(
    pledges.map((pledge) => [
      pledge.slug,
      computePledgeStatus({ pledge, indicator, figures, asOf }),
    ]),
  );
}
