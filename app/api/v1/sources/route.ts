import { sourcesQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toPage, toSourceDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { publicApiRead } from '@/lib/server/http/public-api-read';

export const dynamic = 'force-dynamic';

export const GET = publicApiRead(sourcesQuerySchema, async (query, url) => {
  const { sources, total } = await dashboard.listSourceSlice({
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  return toPage(sources.map(toSourceDto), total, { number: query.page, size: query.pageSize }, url);
});
