'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';

/** Links to the same page, with the same view state, in the other language. */
export function LanguageSwitch() {
  const t = useTranslations('site');
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = locale === 'ko' ? 'en' : 'ko';
  const query = Object.fromEntries(searchParams.entries());
  return (
    <nav className="language-switch" aria-label={t('languageLabel')}>
      <Link href={{ pathname, query }} locale={other} hrefLang={other} lang={other}>
        {t('switchToOther')}
      </Link>
    </nav>
  );
}
