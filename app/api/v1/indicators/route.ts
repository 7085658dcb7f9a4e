import { indicatorsQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toIndicatorDto, toPage } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const url = new URL(request.url);
    const query = parseQuery(indicatorsQuerySchema, url);
    const { indicators, total } = await dashboard.listIndicatorPage(
      { theme: query.theme },
      { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    );
    return jsonResponse(
      request,
      toPage(
        indicators.map(toIndicatorDto),
        total,
        { number: query.page, size: query.pageSize },
        url,
      ),
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
