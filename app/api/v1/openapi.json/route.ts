import { buildOpenApiDocument } from '@/lib/domain/api-v1/openapi';
import { jsonResponse } from '@/lib/server/http/json-response';

export function GET(request: Request) {
  return jsonResponse(request, buildOpenApiDocument(new URL(request.url).origin), { maxAge: 3600 });
}
