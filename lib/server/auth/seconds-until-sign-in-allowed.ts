import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';
import { getDb } from '../db.ts';

/**
 * Failed sign-ins allowed per window before the account (or the address trying it) must wait.
 * Five tries per account stop a guesser cold while a person who mistypes twice is not locked out;
 * the per-address limit stops one machine from walking through many accounts.
 */
export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  failuresPerEmail: 5,
  failuresPerAddress: 20,
} as const;

/**
 * What counts as a failed sign-in: a wrong password at sign-in, and a wrong current password
 * when changing it (otherwise a stolen session could guess the password without limit, and
 * the right guess changes it and ends the owner's other sessions). A cross-site or malformed
 * request, which any page a staff member visits could send, must not lock anyone out.
 */
const FAILED_SIGN_IN: Prisma.AuditEventWhereInput = {
  outcome: 'denied',
  OR: [
    { action: 'sign-in', details: { path: ['code'], equals: 'wrong-credentials' } },
    { action: 'account.password', details: { path: ['code'], equals: 'wrong-password' } },
  ],
};

/**
 * 0 when a sign-in (or password change) may be tried now; otherwise the seconds until the oldest
 * counted failure leaves the window. Counted from the audit log, which every attempt writes.
 */
export async function secondsUntilSignInAllowed(
  email: string,
  ipAddress: string | null,
): Promise<number> {
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const failures = { ...FAILED_SIGN_IN, occurredAt: { gt: since } };
  const db = getDb();
  const checks = [
    { where: { ...failures, actorEmail: email }, limit: SIGN_IN_LIMITS.failuresPerEmail },
    ...(ipAddress
      ? [{ where: { ...failures, ipAddress }, limit: SIGN_IN_LIMITS.failuresPerAddress }]
      : []),
  ];
  let wait = 0;
  for (const { where, limit } of checks) {
    const recent = await db.auditEvent.findMany({
      where,
      orderBy: { occurredAt: 'desc' },
      take: limit,
      select: { occurredAt: true },
    });
    if (recent.length < limit) continue;
    const oldest = recent[recent.length - 1]!.occurredAt.getTime();
    wait = Math.max(
      wait,
      Math.ceil((oldest + SIGN_IN_LIMITS.windowMinutes * 60_000 - Date.now()) / 1000),
    );
  }
  return wait;
}
