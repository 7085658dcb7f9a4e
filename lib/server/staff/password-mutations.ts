import 'server-only';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/auth.ts';
import { hashPassword, verifyPassword } from '../auth/password-hash.ts';
import { defineMutation } from './define-mutation.ts';
import { InvalidInputError } from './mutation-errors.ts';

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string({ error: 'required' }).min(MIN_PASSWORD_LENGTH, { error: 'password-too-short' }).max(MAX_PASSWORD_LENGTH, { error: 'too-long' }),
});

/**
 * POST /api/staff/password — a signed-in person replaces their own password (an admin hands out
 * the first one). The current password must be right; every other session of the account ends,
 * so a session someone else may hold does not outlive the change.
 */
export const changeOwnPassword = defineMutation({
  action: 'account.password',
  role: 'editor',
  input: passwordChangeSchema,
  async run({ input, actor, tx, sessionToken }) {
    const account = await tx.account.findFirst({ where: { userId: actor.id, providerId: 'credential' }, select: { id: true, password: true } });
    if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword }))) {
      throw new InvalidInputError([{ field: 'currentPassword', code: 'wrong-password' }]);
    }
    if (input.newPassword === input.currentPassword) throw new InvalidInputError([{ field: 'newPassword', code: 'same-password' }]);
    await tx.account.update({ where: { id: account.id }, data: { password: await hashPassword(input.newPassword) } });
    const ended = await tx.session.deleteMany({ where: { userId: actor.id, NOT: { token: sessionToken } } });
    return { body: { sessionsEnded: ended.count }, target: { type: 'account', slug: actor.email }, details: { sessionsEnded: ended.count } };
  },
});
