import { z } from 'zod';

/**
 * A staff sign-in address, the one rule for the sign-in form, the accounts page and the
 * create-admin command: trimmed, lower-cased, a plain address as zod's email check reads it.
 * (An address the command accepted but sign-in refused would be an account nobody can use.)
 */
export const staffEmailSchema = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(254)
  .pipe(z.email({ error: 'invalid-email' }));
