import 'server-only';

/**
 * The request body's bytes, or null once it passes `limit`: reading stops there, so a huge body
 * is refused without being buffered (route handlers get no body limit from Next). The bytes go
 * straight into one array of the declared length, so a 50 MB upload is held once rather than as
 * chunks and then a copy of them; without a declared length the array grows by doubling. The
 * declared length (at most `limit`) is allocated before its bytes arrive: a large limit belongs
 * only behind a signed-in, rate-limited route, like the import's (defineMutation reads the body
 * after those checks).
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array(0);
  let bytes = new Uint8Array(Number.isSafeInteger(declared) && declared > 0 ? declared : 0);
  let total = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    if (total + chunk.byteLength > limit) return null;
    if (total + chunk.byteLength > bytes.length) {
      const grown = new Uint8Array(
        Math.min(limit, Math.max(total + chunk.byteLength, bytes.length * 2)),
      );
      grown.set(bytes.subarray(0, total));
      bytes = grown;
    }
    bytes.set(chunk, total);
    total += chunk.byteLength;
  }
  return total === bytes.length ? bytes : bytes.subarray(0, total);
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
