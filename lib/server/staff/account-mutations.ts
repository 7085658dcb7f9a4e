import 'server-only';
import { z } from 'zod';
import { staffEmailSchema } from '../auth/staff-email.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/auth.ts';
import { STAFF_ROLES } from '../auth/get-staff-actor.ts';
import { insertStaffAccount } from './create-staff-account.ts';
import { defineMutation } from './define-mutation.ts';
import { InvalidInputError, RecordNotFoundError } from './mutation-errors.ts';
import { LIMITS, requiredText } from './staff-input.ts';

export const newAccountSchema = z.strictObject({
  email: staffEmailSchema,
  name: requiredText(LIMITS.name),
  role: z.enum(STAFF_ROLES, { error: 'invalid-choice' }),
  password: z
    .string({ error: 'required' })
    .min(MIN_PASSWORD_LENGTH, { error: 'password-too-short' })
    .max(MAX_PASSWORD_LENGTH, { error: 'too-long' }),
});

/** POST /api/staff/accounts — admins add colleagues; the new person changes nothing until they sign in. */
export const createAccount = defineMutation({
  action: 'account.create',
  role: 'admin',
  input: newAccountSchema,
  async run({ input, tx }) {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new InvalidInputError([
        { field: 'email', code: 'account-exists', params: { input: input.email } },
      ]);
    }
    await insertStaffAccount(tx, input);
    return {
      status: 201,
      body: { account: { email: input.email, role: input.role } },
      target: { type: 'account', slug: input.email },
      details: { role: input.role },
    };
  },
});

export const accountChangeSchema = z.strictObject({
  role: z.enum(STAFF_ROLES, { error: 'invalid-choice' }).optional(),
  /** false disables the account: it can no longer sign in and every session it has ends now. */
  active: z.boolean().optional(),
});

/** PATCH /api/staff/accounts/[email] — change a role, disable or re-enable an account. */
export const changeAccount = defineMutation({
  action: 'account.change',
  role: 'admin',
  input: accountChangeSchema,
  async run({ input, actor, params, tx }) {
    const email = decodeEmailParam(params.email ?? '');
    const user = email
      ? await tx.user.findUnique({
          where: { email },
          select: { id: true, role: true, banned: true },
        })
      : null;
    if (!email || !user) throw new RecordNotFoundError('account', params.email ?? '');
    // An admin who demotes or disables themselves could leave nobody able to manage accounts.
    if (
      user.id === actor.id &&
      (input.active === false || (input.role && input.role !== 'admin'))
    ) {
      throw new InvalidInputError([
        { field: input.active === false ? 'active' : 'role', code: 'not-yourself' },
      ]);
    }
    const banned = input.active === undefined ? user.banned : !input.active;
    // Two admins demoting or disabling each other at once must not leave nobody in charge: the
    // active admins' rows are locked, so the second change sees the first before it counts.
    const activeAdmins = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM staff_user WHERE role = 'admin' AND NOT banned FOR UPDATE`;
    const remainsAdmin = (input.role ?? user.role) === 'admin' && !banned;
    if (
      activeAdmins.some((admin) => admin.id === user.id) &&
      !remainsAdmin &&
      activeAdmins.length <= 1
    ) {
      throw new InvalidInputError([
        { field: input.active === false ? 'active' : 'role', code: 'last-admin' },
      ]);
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        role: input.role ?? user.role,
        banned,
        banReason: banned ? `disabled by ${actor.email}` : null,
      },
    });
    // Disabling ends every session at once: they live only in the database, so none survives.
    const ended = banned ? (await tx.session.deleteMany({ where: { userId: user.id } })).count : 0;
    return {
      body: {
        account: { email, role: input.role ?? user.role, active: !banned },
        sessionsEnded: ended,
      },
      target: { type: 'account', slug: email },
      details: {
        before: { role: user.role, active: !user.banned },
        after: { role: input.role ?? user.role, active: !banned },
        sessionsEnded: ended,
      },
    };
  },
});

/** The account's email from the URL, or null when it is not valid percent-encoding. */
function decodeEmailParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw).trim().toLowerCase();
  } catch {
    return null;
  }
}
