import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { buildSecurityHeaders, createNonce, isEmbedPath } from './lib/server/http/security-headers';

const handleI18nRouting = createMiddleware(routing);

/**
 * Every page: the locale routing, and a Content-Security-Policy with a fresh nonce. The policy
 * goes on the request too, where Next reads the nonce and puts it on the scripts it renders;
 * next-intl forwards the request's headers when it rewrites.
 */
export default function proxy(request: NextRequest) {
  const headers = buildSecurityHeaders({
    nonce: createNonce(),
    embeddable: isEmbedPath(request.nextUrl.pathname),
    development: process.env.NODE_ENV === 'development',
  });
  request.headers.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  const response = handleI18nRouting(request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: not API routes, downloads, chart images, Next's own files or anything with a file extension.
  matcher: '/((?!api|downloads|charts|_next|_vercel|.*\\..*).*)',
};
