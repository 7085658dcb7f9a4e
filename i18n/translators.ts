import { createTranslator } from 'use-intl/core';
import en from '../messages/en.json' with { type: 'json' };
import ko from '../messages/ko.json' with { type: 'json' };
import type { Translate, Translators } from '../lib/domain/translator.ts';
import type { Locale } from '../lib/domain/types.ts';

const MESSAGES = { ko, en };
const TRANSLATORS = new Map<string, Translate>();

/**
 * A translator over messages/*.json outside a page: route handlers that answer in both languages
 * (API, downloads, chart images), scripts and tests. Pages and components use next-intl's own
 * (`getTranslations`, `useTranslations`), which read the same files. Never import this from a
 * client component: it carries both message files.
 */
export function translatorFor(locale: Locale, namespace: string): Translate {
  // One per language and namespace for the process: a translator keeps the messages it has
  // compiled, and route handlers would otherwise build them again on every request.
  const key = `${locale}:${namespace}`;
  let translator = TRANSLATORS.get(key);
  if (!translator) {
    translator = createTranslator({
      locale,
      messages: MESSAGES[locale],
      // Not checked by type: an unknown namespace or key is logged (MISSING_MESSAGE) and shows as
      // its path, so tooling/messages.test.ts and the formatters' tests read real keys.
      namespace: namespace as never,
      timeZone: 'Asia/Seoul',
    }) as Translate;
    TRANSLATORS.set(key, translator);
  }
  return translator;
}

/** The same namespace in every language, for answers that carry both (API, downloads). */
export function translatorsFor(namespace: string): Translators {
  return { ko: translatorFor('ko', namespace), en: translatorFor('en', namespace) };
}
