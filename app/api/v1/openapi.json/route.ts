import { translatorFor } from '@/i18n/translators';
import { buildOpenApiDocument } from '@/lib/domain/api-v1/openapi';
import { cachedResponse } from '@/lib/server/http/cached-response';
import { API_HEADERS, jsonResponse } from '@/lib/server/http/json-response';

/** Changes only with the code; it shares the other answers' validator for simplicity. */
export function GET(request: Request) {
  return cachedResponse(
    request,
    async () =>
      jsonResponse(
        buildOpenApiDocument(
          (namespace) => translatorFor('en', namespace),
          new URL(request.url).origin,
        ),
      ),
    API_HEADERS,
  );
}
