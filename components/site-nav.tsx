'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

export function SiteNav() {
  const t = useTranslations('site');
  const reportCards = useTranslations('reportCards');
  const pathname = usePathname();
  const items = [
    { href: '/', label: t('navOverview'), current: pathname === '/' },
    { href: '/pledges', label: t('navTracker'), current: pathname.startsWith('/pledges') },
    {
      href: '/report-cards',
      label: reportCards('navLabel'),
      current: pathname.startsWith('/report-cards'),
    },
    { href: '/sources', label: t('navSources'), current: pathname.startsWith('/sources') },
  ];
  return (
    <nav className="site-nav" aria-label={t('navLabel')}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
