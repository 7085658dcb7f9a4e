import { z } from 'zod';
import { SLUG_PATTERN } from './slug.ts';
import { trackerViewSchema } from './tracker.ts';

/** The formats every view downloads in. */
export const DOWNLOAD_FORMATS = ['csv', 'csv-plain', 'xlsx', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const slug = z.string().regex(SLUG_PATTERN, 'must be a slug such as "startup-fund"');

/**
 * /downloads?scope=…&format=…: which view (everything, one indicator, one theme, or the tracker
 * with its filters) in which format. The tracker's filters use the tracker's own URL names.
 */
export const downloadQuerySchema = z
  .object({
    scope: z.enum(['all', 'indicator', 'theme', 'tracker'], {
      message: 'must be all, indicator, theme or tracker',
    }),
    format: z.enum(DOWNLOAD_FORMATS, { message: `must be one of ${DOWNLOAD_FORMATS.join(', ')}` }),
    slug: slug.optional(),
    // The tracker's view, as on /pledges (strict: unknown values are refused here, not ignored).
    theme: slug.optional(),
    administration: slug.optional(),
    status: trackerViewSchema.shape.status.unwrap().unwrap().optional(),
    verdict: trackerViewSchema.shape.verdict.unwrap().unwrap().optional(),
    sort: trackerViewSchema.shape.sort.unwrap().unwrap().optional(),
    direction: trackerViewSchema.shape.direction.unwrap().unwrap().optional(),
  })
  .strict()
  .superRefine((query, context) => {
    if ((query.scope === 'indicator' || query.scope === 'theme') && !query.slug) {
      context.addIssue({
        code: 'custom',
        path: ['slug'],
        message: `is required for scope=${query.scope}`,
      });
    }
    if (query.scope !== 'tracker') {
      for (const key of [
        'theme',
        'administration',
        'status',
        'verdict',
        'sort',
        'direction',
      ] as const) {
        if (query[key] !== undefined)
          context.addIssue({
            code: 'custom',
            path: [key],
            message: 'applies only to scope=tracker',
          });
      }
    }
  });

export type DownloadQuery = z.infer<typeof downloadQuerySchema>;

/** The query string of a download link. */
export function toDownloadHref(
  scope: Record<string, string | undefined>,
  format: DownloadFormat,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(scope))
    if (value !== undefined && value !== 'all') params.set(key, value);
  if (!params.has('scope')) params.set('scope', scope.scope ?? 'all');
  params.set('format', format);
  return `/downloads?${params.toString()}`;
}
