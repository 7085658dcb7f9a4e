import { decodeFigureCursor, encodeFigureCursor } from '@/lib/domain/api-v1/figure-cursor';
import { figuresQuerySchema } from '@/lib/domain/api-v1/schemas';
import { toCursorPage, toFigureDto } from '@/lib/domain/api-v1/to-dto';
import { dashboard } from '@/lib/server/dashboard';
import { publicApiRead } from '@/lib/server/http/public-api-read';

export const dynamic = 'force-dynamic';

/**
 * Reported figures at their current revision, oldest first, with source and quote. Pages by
 * number for the first ones, by cursor (links.next) at any depth; one figure more than the page
 * is read to know whether another page follows.
 */
export const GET = publicApiRead(
  figuresQuerySchema,
  async ({ page, pageSize, cursor, ...filter }, url) => {
    const after = cursor === undefined ? undefined : decodeFigureCursor(cursor)!;
    const [total, figures] = await Promise.all([
      dashboard.countCurrentFigures(filter),
      dashboard.listCurrentFigures(filter, {
        offset: after ? 0 : (page - 1) * pageSize,
        limit: pageSize + 1,
        after,
      }),
    ]);
    const shown = figures.slice(0, pageSize);
    const units = await dashboard.getIndicatorsBySlug([
      ...new Set(shown.map((figure) => figure.indicatorSlug)),
    ]);
    const last = shown.at(-1);
    return toCursorPage(
      shown.map((figure) => toFigureDto(figure, units.get(figure.indicatorSlug)!)),
      {
        totalItems: total,
        number: after ? null : page,
        size: pageSize,
        nextCursor:
          figures.length > pageSize && last
            ? encodeFigureCursor({
                observedOn: last.observedOn.date,
                precision: last.observedOn.precision,
                slug: last.slug,
              })
            : null,
        url,
      },
    );
  },
);
