import { z } from 'zod';
import { ALL_PERIODS } from '@/lib/domain/chart-period';
import { chartPeriodParamSchema, chartUnitsParamSchema } from '@/lib/domain/chart-view';
import { isSlug } from '@/lib/domain/slug';
import { LOCALES } from '@/lib/domain/types';
import { CHART_IMAGE_SIZES, getChartSvg } from '@/lib/server/charts/get-chart-svg';
import { renderPng } from '@/lib/server/charts/render-png';
import { parseQuery } from '@/lib/server/http/parse-query';
import { HttpError, toErrorResponse } from '@/lib/server/http/to-error-response';
import { getSiteUrl } from '@/lib/server/site-url';
import { cachedResponse } from '@/lib/server/http/cached-response';

const FILE_PATTERN = /^(.+)\.(svg|png)$/;

const querySchema = z
  .object({
    lang: z.enum(LOCALES, { message: 'must be ko or en' }).default('ko'),
    period: chartPeriodParamSchema,
    units: chartUnitsParamSchema,
    size: z
      .enum(Object.keys(CHART_IMAGE_SIZES) as ['wide', 'og'], { message: 'must be wide or og' })
      .default('wide'),
    download: z.enum(['1'], { message: 'must be 1 when given' }).optional(),
  })
  .strict();

/**
 * /charts/<indicator>.svg or .png: the indicator chart as an image, in the view given by
 * ?lang, ?period and ?units (as on the page), with its title, status sentence, sources, as-of
 * date and the page's address drawn in. ?download=1 saves it under a dated file name.
 */
export function GET(request: Request, context: { params: Promise<{ file: string }> }) {
  return cachedResponse(request, () => respond(request, context));
}

async function respond(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const match = FILE_PATTERN.exec(file);
    if (!match || !isSlug(match[1]!))
      throw new HttpError(
        404,
        `No chart image "${file}": expected <indicator>.svg or <indicator>.png.`,
      );
    const [, slug, format] = match as unknown as [string, string, 'svg' | 'png'];
    const url = new URL(request.url);
    const query = parseQuery(querySchema, url);
    const view = { slug, locale: query.lang, period: query.period, units: query.units };
    // The address drawn in is the site's own, never the request's Host header, which a client chooses.
    const image = await getChartSvg(view, { origin: getSiteUrl().origin, size: query.size });
    if (!image) throw new HttpError(404, `No indicator "${slug}".`);
    const fileName = `pledgeboard-gwangju-${slug}${query.period === ALL_PERIODS ? '' : `-${query.period}`}-${query.lang}-${image.asOf}.${format}`;
    // Previews are shown at their size; downloads at twice it, sharp in slides and print.
    const body =
      format === 'png' ? await renderPng(image.svg, query.size === 'og' ? 1 : 2) : image.svg;
    return new Response(body as BodyInit, {
      headers: {
        'Content-Type': format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8',
        'Content-Disposition': `${query.download ? 'attachment' : 'inline'}; filename="${fileName}"`,
        // Cache-Control and ETag: cachedResponse (the image carries today's date and statuses, so
        // its tag names the date as well as the data version).
        // An SVG opened on its own is a document: it may run nothing and load nothing.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
