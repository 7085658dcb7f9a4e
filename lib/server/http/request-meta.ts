import 'server-only';

export interface RequestMeta {
  ipAddress: string | null;
  userAgent: string | null;
}

/**
 * Where a request came from, for the audit log and sign-in limits. The address is the first
 * X-Forwarded-For hop (Next sets it from the socket when no proxy did); behind a proxy that does
 * not overwrite the header a client could name any address, which is why sign-in is limited per
 * account as well as per address.
 */
export function toRequestMeta(request: Request): RequestMeta {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    ipAddress: (forwarded || request.headers.get('x-real-ip') || null)?.slice(0, 64) ?? null,
    userAgent: request.headers.get('user-agent')?.slice(0, 300) ?? null,
  };
}
