'use client';

import { useTranslations } from 'next-intl';
import { FormAlert, RefusalMessage } from './form-field';
import type { StaffRequestError } from './use-staff-mutation';

/** The codes verdicts add to the staff errors (staff.verdicts.errors), each translated. */
const VERDICT_CODES = [
  'own-verdict',
  'already-reviewed',
  'reason-required',
  'evidence-required',
  'evidence-too-many',
  'review-turned-on',
] as const;

/** Messages of the verdict codes, for FormField's `ownErrors`. */
export function useVerdictErrors(): Record<string, string> {
  const t = useTranslations('staff.verdicts.errors');
  return Object.fromEntries(VERDICT_CODES.map((code) => [code, t(code)]));
}

/** A verdict route's refusal above the form or beside the buttons: its own code, or a staff one. */
export function VerdictRefusal({ error }: { error: StaffRequestError | null }) {
  const messages = useVerdictErrors();
  if (!error) return null;
  const own = error.detail.fields?.length ? undefined : messages[error.detail.code];
  return <FormAlert tone="error">{own ?? <RefusalMessage error={error} />}</FormAlert>;
}
