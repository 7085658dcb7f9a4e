import { dashboard } from '@/lib/server/dashboard';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import { todayInSeoul } from '@/lib/server/today';
import { cachedResponse } from '@/lib/server/http/cached-response';

export const dynamic = 'force-dynamic';

/** Every pledge with its status: the tracker's data, which the browser filters and sorts itself. */
export function GET(request: Request) {
  return cachedResponse(request, () => respond());
}

async function respond() {
  try {
    const asOf = todayInSeoul();
    return Response.json({ asOf, rows: await dashboard.listTrackerRows(asOf) });
  } catch (error) {
    return toErrorResponse(error);
  }
}
