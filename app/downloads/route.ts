import { Readable } from 'node:stream';
import { CSV_FOR_EXCEL, CSV_FOR_SCRIPTS } from '@/lib/domain/csv';
import { writeExportCsv } from '@/lib/domain/export-csv';
import { writeExportJson } from '@/lib/domain/export-json';
import { downloadQuerySchema, type DownloadFormat } from '@/lib/domain/download-query';
import { DEFAULT_TRACKER_VIEW } from '@/lib/domain/tracker';
import {
  resolveExportScope,
  streamExportContent,
  type ExportScope,
} from '@/lib/server/exports/export-scope';
import { exportAbout } from '@/lib/server/exports/export-about';
import { writeXlsx } from '@/lib/server/exports/write-xlsx';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toTextStream } from '@/lib/server/http/text-stream';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import { todayInSeoul } from '@/lib/server/today';
import { translatorsFor } from '@/i18n/translators';
import { cachedResponse } from '@/lib/server/http/cached-response';

export const dynamic = 'force-dynamic';

const TYPES: Record<DownloadFormat, { contentType: string; suffix: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', suffix: '.csv' },
  'csv-plain': { contentType: 'text/csv; charset=utf-8', suffix: '-utf8.csv' },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    suffix: '.xlsx',
  },
  json: { contentType: 'application/json; charset=utf-8', suffix: '.json' },
};

/** Any view, in any format, streamed: nothing builds the whole file in memory. */
export function GET(request: Request) {
  return cachedResponse(request, () => respond(request));
}

async function respond(request: Request) {
  try {
    const query = parseQuery(downloadQuerySchema, new URL(request.url));
    const scope: ExportScope =
      query.scope === 'tracker'
        ? {
            kind: 'tracker',
            view: {
              theme: query.theme ?? DEFAULT_TRACKER_VIEW.theme,
              administration: query.administration ?? DEFAULT_TRACKER_VIEW.administration,
              status: query.status ?? DEFAULT_TRACKER_VIEW.status,
              verdict: query.verdict ?? DEFAULT_TRACKER_VIEW.verdict,
              sort: query.sort ?? DEFAULT_TRACKER_VIEW.sort,
              direction: query.direction ?? DEFAULT_TRACKER_VIEW.direction,
            },
          }
        : query.scope === 'all'
          ? { kind: 'all' }
          : { kind: query.scope, slug: query.slug! };
    const asOf = todayInSeoul();
    const content = await resolveExportScope(scope, asOf);
    const { contentType, suffix } = TYPES[query.format];
    const fileName = `pledgeboard-gwangju-${content.stem}-${asOf}${suffix}`;
    const parts = {
      indicators: content.indicators,
      pledges: content.pledges,
      ...streamExportContent(content),
      about: exportAbout(content),
      progress: translatorsFor('progress'),
      verdicts: translatorsFor('verdicts'),
    };
    const body =
      query.format === 'xlsx'
        ? (Readable.toWeb(writeXlsx(parts)) as ReadableStream<Uint8Array>)
        : toTextStream(
            query.format === 'json'
              ? writeExportJson(parts)
              : writeExportCsv(parts, query.format === 'csv' ? CSV_FOR_EXCEL : CSV_FOR_SCRIPTS),
          );
    return new Response(body, {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        // Cache-Control and ETag: cachedResponse (the file is named after today's date).
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
