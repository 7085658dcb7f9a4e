import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { getSiteUrl } from '@/lib/server/site-url';
import { PUBLIC_CLIENT_NAMESPACES, pickMessages } from '@/i18n/client-messages';
import { readLocale } from '@/i18n/read-locale';

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const locale = await readLocale(params);
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: getSiteUrl(),
    title: { default: `${t('name')} · ${t('city')}`, template: `%s · ${t('name')}` },
    description: t('tagline'),
  };
}

/** The document and its language; the site's header and footer are in (site)/layout.tsx, so embeds go without. */
export default async function LocaleLayout({ children, params }: LayoutProps) {
  const locale = await readLocale(params);
  const messages = pickMessages(await getMessages(), PUBLIC_CLIENT_NAMESPACES);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
