'use client';

import { useTranslations } from 'next-intl';
import type { ChangeEvent } from 'react';
import type { FieldIssue } from '@/lib/domain/api-error';
import { FormField } from './form-field';

/**
 * A quote runs to a few lines of Korean as published; a reason for a correction is a line or two
 * in whichever language staff write.
 */
const TEXTAREAS = {
  quote: { rows: 3, lang: 'ko' },
  reason: { rows: 2, lang: undefined },
} as const;

/**
 * A required textarea of a figure, pledge, indicator or source form: the quote a record rests on,
 * or the reason for a correction (kept with the old version in the change log).
 */
export function TextareaField(props: {
  field: keyof typeof TEXTAREAS;
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  issues: FieldIssue[];
}) {
  const t = useTranslations('staff');
  const { rows, lang } = TEXTAREAS[props.field];
  return (
    <FormField
      id={props.field}
      label={t(`fields.${props.field}`)}
      hint={t(`hints.${props.field}`)}
      issues={props.issues}
      required
    >
      <textarea rows={rows} lang={lang} value={props.value} onChange={props.onChange} />
    </FormField>
  );
}
