import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import { SEARCH_MAX_LENGTH } from '@/lib/domain/search-query';

/**
 * The search box: a plain GET form to the search page, so it works before (or without) any
 * JavaScript. `defaultValue` keeps the words on the results page, whose own box is not a second
 * search landmark (landmarks of one role need distinct names).
 */
export function SiteSearch({
  query = '',
  id = 'site-search',
  landmark = true,
}: {
  query?: string;
  id?: string;
  landmark?: boolean;
}) {
  const t = useTranslations('search');
  const locale = useLocale();
  return (
    <form
      className="site-search"
      role={landmark ? 'search' : undefined}
      action={getPathname({ href: '/search', locale })}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('placeholder')}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
