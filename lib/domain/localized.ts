import type { Locale } from './types.ts';

type Bilingual<Field extends string> = Record<
  `${Field}Ko` | `${Field}En`,
  string | null | undefined
>;

/**
 * A record's field in the reader's language: records keep both (`nameKo`, `nameEn`), so
 * `localized(indicator, 'name', locale)` reads the one this page is in. No fallback to the other
 * language: a missing English note stays missing rather than showing Korean to an English reader.
 */
export function localized<Field extends string, Row extends Bilingual<Field>>(
  record: Row,
  field: Field,
  locale: Locale,
): Row[`${Field}Ko`] {
  // Both languages of a field have the same type; TypeScript cannot see that through the template.
  return (locale === 'ko' ? record[`${field}Ko`] : record[`${field}En`]) as Row[`${Field}Ko`];
}

/** The Intl locale dates and times are written in: Korean, or British English (day before month). */
export const INTL_LOCALE: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };
