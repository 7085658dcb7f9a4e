'use client';

import { useTranslations } from 'next-intl';
import type { ReactElement } from 'react';
import { cloneElement } from 'react';
import type { FieldIssue } from '@/lib/domain/api-error';
import type { StaffRequestError } from './use-staff-mutation';

/**
 * A labelled input with its hint and, when the server refused it, the reason beside it —
 * tied to the input with aria-describedby so a screen reader reads the error with the field.
 */
export function FormField(props: {
  id: string;
  label: string;
  hint?: string;
  issues: FieldIssue[];
  required?: boolean;
  /** Messages of codes a form has of its own (e.g. staff.verdicts.errors), read before staff.errors. */
  ownErrors?: Partial<Record<string, string>>;
  children: ReactElement<Record<string, unknown>>;
}) {
  const t = useTranslations('staff.errors');
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.issues.length > 0 ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-field${props.issues.length > 0 ? ' form-field--invalid' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {cloneElement(props.children, {
        id: props.id,
        name: props.id,
        required: props.required,
        'aria-invalid': props.issues.length > 0 ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {props.hint ? (
        <p className="form-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {errorId ? (
        <p className="form-error" id={errorId} data-testid={`error-${props.id}`}>
          {props.issues
            .map((issue) =>
              props.ownErrors?.[issue.code] !== undefined
                ? props.ownErrors[issue.code]
                : t.has(issue.code)
                  ? t(issue.code, { max: 0, input: '', minutes: 15, ...issue.params })
                  : t('invalid'),
            )
            .join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message: a refusal that is not about one field (sign-in, conflict, permission). */
export function FormAlert({
  children,
  tone,
}: {
  children: React.ReactNode;
  tone: 'error' | 'success';
}) {
  return (
    <div className={`form-alert form-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * What the form says above its fields when the server refused it for a reason other than a
 * conflict: how many fields need attention, or the refusal itself (signed out, not allowed…).
 */
export function RefusalMessage({ error }: { error: StaffRequestError }) {
  const t = useTranslations('staff');
  const { detail } = error;
  if (detail.fields && detail.fields.length > 0)
    return (
      <>{t('errorSummary', { count: new Set(detail.fields.map((issue) => issue.field)).size })}</>
    );
  return (
    <>
      {t.has(`errors.${detail.code}`)
        ? t(`errors.${detail.code}` as 'errors.internal', { minutes: 15, max: 0, input: '' })
        : t('errors.internal')}
    </>
  );
}
