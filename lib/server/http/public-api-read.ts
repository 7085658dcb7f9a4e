import 'server-only';
import type { z } from 'zod';
import { cachedResponse } from './cached-response.ts';
import { API_HEADERS, jsonResponse } from './json-response.ts';
import { parseQuery } from './parse-query.ts';
import { toErrorResponse } from './to-error-response.ts';

type RouteContext<Params> = { params: Promise<Params> };

/**
 * The GET handler of a public `/api/v1` read: the query string checked against `schema` (a bad
 * or unknown parameter is a 400 naming it), the body built by `answer` as JSON (or the Response
 * it builds itself), cached and revalidated like every public answer (cachedResponse), any
 * failure mapped by toErrorResponse.
 */
export function publicApiRead<T extends z.ZodType, Params = Record<string, string> | undefined>(
  schema: T,
  answer: (query: z.infer<T>, url: URL, params: Params) => Promise<unknown>,
) {
  return (request: Request, context?: RouteContext<Params>) =>
    cachedResponse(
      request,
      async () => {
        try {
          const url = new URL(request.url);
          const query = parseQuery(schema, url);
          const body = await answer(query, url, (await context?.params) as Params);
          return body instanceof Response ? body : jsonResponse(body);
        } catch (error) {
          return toErrorResponse(error);
        }
      },
      API_HEADERS,
    );
}
