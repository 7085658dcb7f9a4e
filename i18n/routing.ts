import { defineRouting } from 'next-intl/routing';
import { LOCALES } from '@/lib/domain/types';

/**
 * Korean first: Korean pages live at `/…`, English at `/en/…`. The browser's language does not
 * redirect anyone, so a shared link shows the same language to everyone who opens it.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'ko',
  localePrefix: 'as-needed',
  localeDetection: false,
  // The language lives in the path alone: no NEXT_LOCALE cookie, so a reader's pages are the same
  // bytes for everyone and a shared cache may keep them (lib/server/cache/).
  localeCookie: false,
});
