import { noQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toIndicatorDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { jsonResponse } from '@/lib/server/http/json-response';
import { parseQuery } from '@/lib/server/http/parse-query';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    parseQuery(noQuerySchema, new URL(request.url));
    const { slug } = await params;
    const page = await dashboard.getIndicatorPage(slug);
    if (!page) throw new HttpError(404, `No indicator "${slug}".`);
    return jsonResponse(request, toIndicatorDto(page.indicator));
  } catch (error) {
    return toErrorResponse(error);
  }
}
