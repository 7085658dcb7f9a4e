import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/** Staff pages are for signed-in staff: search engines are asked not to list them. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function StaffLayout({ children }: { children: ReactNode }) {
  return <div className="staff">{children}</div>;
}
