import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { STAFF_CLIENT_NAMESPACES, pickMessages } from '@/i18n/client-messages';

/** Staff pages are for signed-in staff: search engines are asked not to list them. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Staff forms are client components with messages of their own, which public pages never send. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const messages = pickMessages(await getMessages(), STAFF_CLIENT_NAMESPACES);
  return (
    <NextIntlClientProvider messages={messages}>
      <div className="staff">{children}</div>
    </NextIntlClientProvider>
  );
}
