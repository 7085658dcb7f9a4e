import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { readLocale } from './read-locale';

/**
 * `generateMetadata` for a page whose metadata is only its title, one message of `namespace`
 * (the layout adds " · Pledgeboard"). `values` reads the message's arguments from the route's
 * params, e.g. `({ slug }) => ({ name: slug })`.
 */
export function pageTitle<Params extends { locale: string }>(
  namespace: string,
  key: string,
  values?: (params: Params) => Record<string, string>,
) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<Params>;
  }): Promise<Metadata> {
    const locale = await readLocale(params);
    const t = await getTranslations({ locale, namespace });
    return { title: t(key, values?.(await params)) };
  };
}
