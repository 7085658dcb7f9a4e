import { EXPORT_HEADER, toExportRows } from '@/lib/domain/export-rows';
import { dashboard } from '@/lib/server/dashboard';
import { csvResponse } from '@/lib/server/http/csv-response';
import { todayInSeoul } from '@/lib/server/today';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

/** One indicator's figures and pledges. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const page = await dashboard.getIndicatorPage(slug);
    if (!page) throw new HttpError(404, `No indicator "${slug}".`);
    return csvResponse(
      `pledgeboard-gwangju-${page.indicator.slug}-${todayInSeoul()}.csv`,
      EXPORT_HEADER,
      toExportRows([page.indicator], page.figures, page.pledges),
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
