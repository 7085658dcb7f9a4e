import { parseTrackerView } from '@/lib/domain/tracker';
import { dashboard } from '@/lib/server/dashboard';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import { todayInSeoul } from '@/lib/server/today';
import { cachedResponse } from '@/lib/server/http/cached-response';

export const dynamic = 'force-dynamic';

/**
 * One page of the tracker for the view in the query string (the same parameters as the page's
 * address; anything unreadable falls back to its default, as on the page).
 */
export function GET(request: Request) {
  return cachedResponse(request, () => respond(request));
}

async function respond(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await dashboard.getTrackerPage(parseTrackerView(params), todayInSeoul()));
  } catch (error) {
    return toErrorResponse(error);
  }
}
