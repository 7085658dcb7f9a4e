import 'server-only';
import { getAuth } from './auth.ts';

export const STAFF_ROLES = ['editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The signed-in staff member a request acts for. */
export interface StaffActor {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * The staff member whose session cookie came with the request, or null: no cookie, an expired or
 * revoked session, a disabled account, or a role this code does not know (never read as a grant).
 */
export async function getStaffActor(headers: Headers): Promise<StaffActor | null> {
  return (await getStaffSession(headers))?.actor ?? null;
}

/** The actor and the token of the session the request carries (never sent to a browser). */
export async function getStaffSession(
  headers: Headers,
): Promise<{ actor: StaffActor; sessionToken: string } | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { user } = session;
  if (user.banned) return null;
  const role = STAFF_ROLES.find((known) => known === user.role);
  if (!role) return null;
  return {
    actor: { id: user.id, email: user.email, name: user.name, role },
    sessionToken: session.session.token,
  };
}

/** Whether a role may do what `required` allows: an admin may do everything an editor may. */
export function hasRole(actor: StaffActor, required: StaffRole): boolean {
  return required === 'editor' || actor.role === 'admin';
}
