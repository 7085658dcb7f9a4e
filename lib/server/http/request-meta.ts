import 'server-only';

export interface RequestMeta {
  ipAddress: string | null;
  userAgent: string | null;
}

/**
 * Where a request came from, for the audit log and sign-in limits. Next sets X-Forwarded-For from
 * the socket only when the request has none, and a reverse proxy appends the address it saw, so
 * the last entry is the one a client cannot choose when a proxy is in front; served directly, a
 * client can name any address. That is why sign-in is also limited per account, and why the
 * README asks for a reverse proxy in production.
 */
export function toRequestMeta(request: Request): RequestMeta {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return {
    ipAddress: (forwarded || request.headers.get('x-real-ip') || null)?.slice(0, 64) ?? null,
    userAgent: request.headers.get('user-agent')?.slice(0, 300) ?? null,
  };
}
