import type { routing } from './routing';

// next-intl's types for this app: useLocale(), getLocale() and the translators' locale are
// 'ko' | 'en', so no component casts. (Message keys stay plain strings: several are built from
// codes the server sends, e.g. `errors.${code}`; the message-key test checks both files agree.)
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
  }
}
