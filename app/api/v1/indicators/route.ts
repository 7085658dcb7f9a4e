import { indicatorsQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toIndicatorDto, toPage } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { publicApiRead } from '@/lib/server/http/public-api-read';

export const dynamic = 'force-dynamic';

export const GET = publicApiRead(indicatorsQuerySchema, async (query, url) => {
  const { indicators, total } = await dashboard.listIndicatorPage(
    { theme: query.theme },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  return toPage(
    indicators.map(toIndicatorDto),
    total,
    { number: query.page, size: query.pageSize },
    url,
  );
});
