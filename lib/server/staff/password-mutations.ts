import 'server-only';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/auth.ts';
import { hashPassword, verifyPassword } from '../auth/password-hash.ts';
import {
  SIGN_IN_LIMITS,
  secondsUntilSignInAllowed,
} from '../auth/seconds-until-sign-in-allowed.ts';
import { defineMutation } from './define-mutation.ts';
import { InvalidInputError, RefusedError } from './mutation-errors.ts';

export const passwordChangeSchema = z.strictObject({
  currentPassword: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(MAX_PASSWORD_LENGTH),
  newPassword: z
    .string({ error: 'required' })
    .min(MIN_PASSWORD_LENGTH, { error: 'password-too-short' })
    .max(MAX_PASSWORD_LENGTH, { error: 'too-long' }),
});

/**
 * POST /api/staff/password — a signed-in person replaces their own password (an admin hands out
 * the first one). The current password must be right; every other session of the account ends,
 * so a session someone else may hold does not outlive the change.
 * A wrong current password is a failed sign-in for the account (seconds-until-sign-in-allowed.ts):
 * once the account is locked, sign-in and this change both wait, even with the right password,
 * so a stolen session cannot guess its way to the account.
 */
export const changeOwnPassword = defineMutation({
  action: 'account.password',
  role: 'editor',
  input: passwordChangeSchema,
  // Shares sign-in's key, so parallel guesses here and at sign-in are counted one at a time.
  serializeBy: (actor) => [`email:${actor.email}`],
  async run({ input, actor, tx, sessionToken }) {
    const wait = await secondsUntilSignInAllowed(actor.email, null);
    if (wait > 0) {
      throw new RefusedError({
        status: 429,
        outcome: 'limited',
        code: 'too-many-attempts',
        message: `Too many wrong passwords for this account in ${SIGN_IN_LIMITS.windowMinutes} minutes. Try again in ${Math.ceil(wait / 60)} minutes.`,
        headers: { 'Retry-After': String(wait) },
      });
    }
    const account = await tx.account.findFirst({
      where: { userId: actor.id, providerId: 'credential' },
      select: { id: true, password: true },
    });
    if (
      !account?.password ||
      !(await verifyPassword({ hash: account.password, password: input.currentPassword }))
    ) {
      // Refused rather than invalid: logged as a failed sign-in, after the transaction rolls back.
      throw new RefusedError({
        status: 422,
        outcome: 'denied',
        code: 'wrong-password',
        message: 'The current password is not right.',
        fields: [{ field: 'currentPassword', code: 'wrong-password' }],
      });
    }
    if (input.newPassword === input.currentPassword)
      throw new InvalidInputError([{ field: 'newPassword', code: 'same-password' }]);
    await tx.account.update({
      where: { id: account.id },
      data: { password: await hashPassword(input.newPassword) },
    });
    const ended = await tx.session.deleteMany({
      where: { userId: actor.id, NOT: { token: sessionToken } },
    });
    return {
      body: { sessionsEnded: ended.count },
      target: { type: 'account', slug: actor.email },
      details: { sessionsEnded: ended.count },
    };
  },
});
