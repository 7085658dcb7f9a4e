import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '../../domain/types.ts';
import { getStaffActor, hasRole, type StaffActor, type StaffRole } from './get-staff-actor.ts';

/**
 * For staff pages: the signed-in actor, or a redirect to sign-in. A page is only a view — every
 * route that changes data checks the session and role again in its own code.
 */
export async function requireStaffPage(
  locale: Locale,
  role: StaffRole = 'editor',
): Promise<StaffActor> {
  const actor = await getStaffActor(await headers());
  if (!actor) return redirect({ href: '/staff/sign-in', locale });
  // Editors are not told an admin page exists.
  if (!hasRole(actor, role)) notFound();
  return actor;
}
