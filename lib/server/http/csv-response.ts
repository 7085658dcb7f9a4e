import 'server-only';
import { csvLines, type CsvCell } from '../../domain/csv.ts';

/**
 * A CSV download streamed line by line (never one big string), UTF-8 with BOM for Korean Excel.
 * The file name is ASCII for old clients, with the RFC 6266 `filename*` form alongside.
 */
export function csvResponse(fileName: string, header: readonly string[], rows: Iterable<readonly CsvCell[]>): Response {
  const lines = csvLines(header, rows, { bom: true });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
