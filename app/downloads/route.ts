import { Readable } from 'node:stream';
import { downloadQuerySchema, type DownloadFormat } from '@/lib/domain/download-query';
import { DEFAULT_TRACKER_VIEW } from '@/lib/domain/tracker';
import { resolveExportScope, type ExportScope } from '@/lib/server/exports/export-scope';
import { writeCsv } from '@/lib/server/exports/write-csv';
import { writeJson } from '@/lib/server/exports/write-json';
import { writeXlsx } from '@/lib/server/exports/write-xlsx';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import { todayInSeoul } from '@/lib/server/today';

export const dynamic = 'force-dynamic';

const TYPES: Record<DownloadFormat, { contentType: string; suffix: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', suffix: '.csv' },
  'csv-plain': { contentType: 'text/csv; charset=utf-8', suffix: '-utf8.csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', suffix: '.xlsx' },
  json: { contentType: 'application/json; charset=utf-8', suffix: '.json' },
};

/** Any view, in any format, streamed: nothing builds the whole file in memory. */
export async function GET(request: Request) {
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
    const body =
      query.format === 'xlsx'
        ? (Readable.toWeb(writeXlsx(content)) as ReadableStream<Uint8Array>)
        : textStream(query.format === 'json' ? writeJson(content) : writeCsv(content, { bom: query.format === 'csv' }));
    return new Response(body, {
      headers: {
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/** An async generator of text as a byte stream, pulled as the client reads (back-pressure). */
function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Headers are gone already: end the stream with an error, so the download is visibly incomplete.
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
