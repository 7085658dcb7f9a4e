import { translatorFor } from '@/i18n/translators';
import { buildOpenApiDocument } from '@/lib/domain/api-v1/openapi';
import { jsonResponse } from '@/lib/server/http/json-response';

export function GET(request: Request) {
  const document = buildOpenApiDocument(
    translatorFor('en', 'apiDocs'),
    new URL(request.url).origin,
  );
  return jsonResponse(request, document, { maxAge: 3600 });
}
