import { noQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toIndicatorDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { publicApiRead } from '@/lib/server/http/public-api-read';
import { HttpError } from '@/lib/server/http/to-error-response';

export const dynamic = 'force-dynamic';

export const GET = publicApiRead(
  noQuerySchema,
  async (_query, _url, { slug }: { slug: string }) => {
    const indicator = await dashboard.getIndicator(slug);
    if (!indicator) throw new HttpError(404, `No indicator "${slug}".`);
    return toIndicatorDto(indicator);
  },
);
