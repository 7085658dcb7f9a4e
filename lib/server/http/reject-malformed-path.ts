import type { ApiErrorBody } from '../../domain/api-error.ts';

/**
 * A request path with broken percent-encoding ("/%", "/ko/%ff", "/charts/%E0%A4%A") names no
 * page or file: the client's mistake, answered 400. Next cannot say so itself: its router throws
 * a DecodeError, tries to render the Pages Router's /_error, which an App Router app has not
 * got, and answers a plain "Internal Server Error" 500 (next/dist/server/base-server.js). The
 * proxy calls this first, on every path, so the request never reaches that router.
 *
 * Kept free of Next and Node imports, like security-headers.ts: the proxy runs it.
 */
export function rejectMalformedPath(pathname: string): Response | null {
  if (isDecodable(pathname)) return null;
  const message =
    'Malformed percent-encoding in the address: every "%" must be followed by two hexadecimal digits ' +
    'that, together, spell UTF-8 text (write a literal "%" as "%25").';
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  // The API answers in its error shape (lib/domain/api-error.ts), built here rather than by
  // toErrorResponse, which would bring Prisma into the proxy; a person gets one plain sentence.
  if (pathname.startsWith('/api/')) {
    const body: ApiErrorBody = { error: { status: 400, message } };
    return Response.json(body, { status: 400, headers });
  }
  return new Response(`400 Bad Request: ${message}\n`, {
    status: 400,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
