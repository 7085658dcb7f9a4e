import { getTranslations } from 'next-intl/server';
import { Suspense, type ReactNode } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { SiteNav } from '@/components/site-nav';
import { SiteSearch } from '@/components/site-search';
import { Link } from '@/i18n/navigation';
import { readLocale } from '@/i18n/read-locale';
import { METHODOLOGY_PATH } from '@/lib/domain/methodology-anchors';

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/** The site's header, navigation and footer around every page but the embeds. */
export default async function SiteLayout({ children, params }: LayoutProps) {
  await readLocale(params);
  const t = await getTranslations('site');
  return (
    <>
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
          <SiteSearch />
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
            · <Link href={METHODOLOGY_PATH}>{t('footerMethodology')}</Link> ·{' '}
            <Link href="/developers">{t('footerApi')}</Link> ·{' '}
            <Link href="/staff">{t('navStaff')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
