import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { StaffRole } from '../auth/get-staff-actor.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { getDb } from '../db.ts';

export interface NewStaffAccount {
  email: string;
  name: string;
  password: string;
  role: StaffRole;
}

/**
 * Writes a staff account the way better-auth stores an email-and-password user: the user row and
 * a "credential" account row whose account id is the user id and whose password is the hash.
 * Written here rather than through better-auth's createUser so the account and its audit entry
 * share one transaction.
 */
export async function insertStaffAccount(
  tx: Prisma.TransactionClient,
  account: NewStaffAccount,
): Promise<{ id: string }> {
  const id = randomBytes(16).toString('base64url');
  const password = await hashPassword(account.password);
  await tx.user.create({
    data: {
      id,
      email: account.email,
      name: account.name,
      role: account.role,
      emailVerified: true,
      accounts: {
        create: {
          id: randomBytes(16).toString('base64url'),
          accountId: id,
          providerId: 'credential',
          password,
        },
      },
    },
  });
  return { id };
}

/** For the command line, which has no session: creates the account and logs who ran it. */
export async function createStaffAccount(
  account: NewStaffAccount & { createdBy: string },
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const db = getDb();
  const existing = await db.user.findUnique({
    where: { email: account.email },
    select: { role: true },
  });
  if (existing) {
    return {
      ok: false,
      message: `An account for ${account.email} already exists (${existing.role}). Nothing was changed.`,
    };
  }
  return db.$transaction(async (tx) => {
    const { id } = await insertStaffAccount(tx, account);
    await recordAuditEvent(tx, {
      action: 'account.create',
      outcome: 'ok',
      actorEmail: account.createdBy,
      target: { type: 'account', slug: account.email },
      meta: { ipAddress: null, userAgent: null },
      details: { role: account.role, via: account.createdBy },
    });
    return { ok: true as const, id };
  }, CLI_TRANSACTION);
}

// Prisma's defaults (2 s to start, 5 s to finish) suit requests; create-admin on a loaded machine
// waited past them (a CI run of the full suite: "Unable to start a transaction in the given time").
const CLI_TRANSACTION = { maxWait: 15_000, timeout: 30_000 };
