import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Pages only: not API routes, downloads, chart images, Next's own files or anything with a file extension.
  matcher: '/((?!api|downloads|charts|_next|_vercel|.*\\..*).*)',
};
