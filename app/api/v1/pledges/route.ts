import { translatorsFor } from '@/i18n/translators';
import { pledgesQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toPage, toPledgeDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { publicApiRead } from '@/lib/server/http/public-api-read';
import { todayInSeoul } from '@/lib/server/today';

export const dynamic = 'force-dynamic';

/** Pledges with their computed status (as of today in Seoul, or `asOf`). */
export const GET = publicApiRead(
  pledgesQuerySchema,
  async ({ page, pageSize, status, verdict, asOf, ...filter }, url) => {
    const day = asOf ?? todayInSeoul();
    const slice = { offset: (page - 1) * pageSize, limit: pageSize };
    // A status is computed, not stored: filtering by it (or by verdict) goes over every pledge's
    // row, kept per data version, and reads the page's pledges alone; without, SQL pages and counts.
    const { entries, total } =
      status || verdict
        ? await dashboard.listPledgePageByJudgement(filter, { status, verdict }, day, slice)
        : await dashboard.listPledgePage(filter, day, slice);
    const progress = translatorsFor('progress');
    const verdicts = translatorsFor('verdicts');
    const data = entries.map((entry) =>
      toPledgeDto(entry.pledge, entry.indicator, entry.status, progress, {
        summary: entry.verdict,
        words: verdicts,
      }),
    );
    return toPage(data, total, { number: page, size: pageSize }, url);
  },
);
