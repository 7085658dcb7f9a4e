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
});
