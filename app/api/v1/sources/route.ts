import { sourcesQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toPage, toSourceDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { API_HEADERS, jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return cachedResponse(request, () => respond(request), API_HEADERS);
}

async function respond(request: Request) {
  try {
    const url = new URL(request.url);
    const query = parseQuery(sourcesQuerySchema, url);
    const { sources, total } = await dashboard.listSourceSlice({
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return jsonResponse(
      toPage(sources.map(toSourceDto), total, { number: query.page, size: query.pageSize }, url),
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
