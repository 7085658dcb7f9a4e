import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain/types';
import { routing } from './routing';

/**
 * The language of a page or its metadata, from the `[locale]` segment: anything but a known
 * locale is a 404. It also tells next-intl, so `getTranslations(namespace)` needs no locale and
 * the page can render statically.
 */
export async function readLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
