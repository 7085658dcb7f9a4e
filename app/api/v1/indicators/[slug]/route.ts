import { noQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toIndicatorDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { API_HEADERS, jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return cachedResponse(request, () => respond(request, context), API_HEADERS);
}

async function respond(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    parseQuery(noQuerySchema, new URL(request.url));
    const { slug } = await params;
    const indicator = await dashboard.getIndicator(slug);
    if (!indicator) throw new HttpError(404, `No indicator "${slug}".`);
    return jsonResponse(toIndicatorDto(indicator));
  } catch (error) {
    return toErrorResponse(error);
  }
}
