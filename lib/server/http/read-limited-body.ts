import 'server-only';

/**
 * The request body's bytes, or null once it passes `limit`: reading stops there, so a huge body
 * is refused without being buffered (route handlers get no body limit from Next).
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > limit) return null;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as JSON within `limit` bytes; undefined when it is too large or not JSON. */
export async function readLimitedJson(
  request: Request,
  limit: number,
): Promise<{ ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'not-json' }> {
  const bytes = await readLimitedBody(request, limit);
  if (!bytes) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
