import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense, type ReactNode } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { Providers } from '@/components/providers';
import { SiteNav } from '@/components/site-nav';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    title: { default: `${t('name')} · ${t('city')}`, template: `%s · ${t('name')}` },
    description: t('tagline'),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('site');
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <Providers>
            <a className="skip-link" href="#main">
              {t('skipToContent')}
            </a>
            <header className="site-header">
              <div className="site-header__inner">
                <Link href="/" className="site-title">
                  {t('name')}
                  <small>{t('city')}</small>
                </Link>
                <SiteNav />
                <Suspense fallback={null}>
                  <LanguageSwitch />
                </Suspense>
              </div>
            </header>
            <main id="main" className="site-main">
              {children}
            </main>
            <footer className="site-footer">
              <div className="site-footer__inner">
                <p>{t('footerNote')}</p>
                <p>
                  <a href="/downloads?scope=all&format=csv" download>
                    {t('footerDownload')}
                  </a>{' '}
                  · <Link href="/developers">{t('footerApi')}</Link>
                </p>
              </div>
            </footer>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
