import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';

/**
 * The admin's settings. `site_setting` has at most one row and none until an admin first changes
 * a setting; until then every setting has its default (the table's defaults, repeated here only
 * as the answer for "no row": a verdict needs a second reviewer).
 */
export interface SiteSettings {
  verdictReviewRequired: boolean;
}

const DEFAULTS: SiteSettings = { verdictReviewRequired: true };

type SettingsReader = Pick<Prisma.TransactionClient, 'siteSetting'>;

export async function readSiteSettings(db: SettingsReader): Promise<SiteSettings> {
  const row = await db.siteSetting.findUnique({
    where: { id: true },
    select: { verdictReviewRequired: true },
  });
  return row ?? DEFAULTS;
}
