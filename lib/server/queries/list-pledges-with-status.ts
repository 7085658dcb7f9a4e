import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { computePledgeStatus, type PledgeStatus } from '../../domain/pledge-status.ts';
import type { IndicatorRecord, PledgeRecord } from '../../domain/records.ts';
import { listFigures } from './list-figures.ts';
import { listPledges } from './list-pledges.ts';
import { indicatorInclude, toIndicatorRecord } from './to-records.ts';

export interface PledgeFilter {
  indicator?: string;
  theme?: string;
  administration?: string;
}

export interface PledgeWithStatus {
  pledge: PledgeRecord;
  indicator: IndicatorRecord;
  status: PledgeStatus;
}

/**
 * Pledges matching the filter, each with its status as of `asOf`. Only the figures of the
 * indicators those pledges concern are read (a city has hundreds of pledges, not millions).
 */
export async function listPledgesWithStatus(
  db: PrismaClient,
  filter: PledgeFilter,
  asOf: string,
): Promise<PledgeWithStatus[]> {
  const where: Prisma.PledgeWhereInput = {
    ...(filter.indicator ? { indicator: { slug: filter.indicator } } : {}),
    ...(filter.theme
      ? { indicator: { slug: filter.indicator, theme: { slug: filter.theme } } }
      : {}),
    ...(filter.administration ? { administration: { slug: filter.administration } } : {}),
  };
  const pledges = await listPledges(db, where);
  const slugs = [...new Set(pledges.map((pledge) => pledge.indicatorSlug))];
  const [indicatorRows, figures] = await Promise.all([
    db.indicator.findMany({ where: { slug: { in: slugs } }, include: indicatorInclude }),
    listFigures(db, { indicator: { slug: { in: slugs } } }),
  ]);
  const indicators = new Map(indicatorRows.map((row) => [row.slug, toIndicatorRecord(row)]));
  return pledges.map((pledge) => {
    const indicator = indicators.get(pledge.indicatorSlug)!;
    const own = figures.filter((figure) => figure.indicatorSlug === pledge.indicatorSlug);
    return {
      pledge,
      indicator,
      status: computePledgeStatus({ pledge, indicator, figures: own, asOf }),
    };
  });
}
