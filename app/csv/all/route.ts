import { EXPORT_HEADER, toExportRows } from '@/lib/domain/export-rows';
import { dashboard } from '@/lib/server/dashboard';
import { csvResponse } from '@/lib/server/http/csv-response';
import { todayInSeoul } from '@/lib/server/today';
import { toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

/** Every reported figure and pledge, with sources and quotes. */
export async function GET() {
  try {
    const [indicators, figures, pledges] = await Promise.all([
      dashboard.listIndicators(),
      dashboard.listFigures(),
      dashboard.listPledges(),
    ]);
    return csvResponse(`pledgeboard-gwangju-all-${todayInSeoul()}.csv`, EXPORT_HEADER, toExportRows(indicators, figures, pledges));
  } catch (error) {
    return toErrorResponse(error);
  }
}
