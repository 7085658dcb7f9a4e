import 'server-only';
import type { z } from 'zod';
import { HttpError } from './to-error-response.ts';

/**
 * Validates a request's query string against a schema. A bad or unknown parameter is the
 * caller's mistake: 400 with a message that names the parameter and says what was expected.
 */
export function parseQuery<T extends z.ZodType>(schema: T, url: URL): z.infer<T> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key === '')
      throw new HttpError(
        400,
        `A query parameter has no name ("=${value}"): name it or leave it out.`,
      );
    if (key in raw)
      throw new HttpError(400, `Query parameter "${key}" is given twice; give it once.`, key);
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    throw new HttpError(400, `Unknown query parameter "${key}".`, key);
  }
  const parameter = String(issue.path[0] ?? '');
  throw new HttpError(400, `Invalid query parameter "${parameter}": ${issue.message}.`, parameter);
}
