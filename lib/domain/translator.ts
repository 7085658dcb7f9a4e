import type { Locale } from './types.ts';

/**
 * How lib/domain gets its words: a formatter takes a translator over one namespace of
 * messages/*.json instead of importing the files, so the text lives in one place and a client
 * component ships only the messages its provider passes down.
 *
 * Any next-intl translator fits: `useTranslations('progress')` in a component,
 * `await getTranslations({ locale, namespace: 'progress' })` on the server, and
 * `translatorFor` (i18n/translators.ts) in route handlers, scripts and tests.
 */
export type Translate = {
  // A method signature, so next-intl's translators (whose keys are typed literals) are assignable:
  // TypeScript compares method parameters bivariantly.
  translate(key: string, values?: Record<string, string | number | Date>): string;
}['translate'];

/** A language and a translator over one namespace in it: what a formatter of sentences needs. */
export interface Wording {
  locale: Locale;
  t: Translate;
}

/** One namespace's translator in each language, for answers that carry both (API, downloads). */
export type Translators = Record<Locale, Translate>;
