'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PreciseDate, Unit } from '@/lib/domain/types';
import type { FormOption } from '@/lib/domain/form-option';
import { FormAlert, FormField, RefusalMessage } from './form-field';
import { issuesOf, useStaffMutation, type StaffRequestError } from './use-staff-mutation';

export interface FigureFormValues {
  indicator: string;
  value: string;
  observedOn: string;
  source: string;
  quote: string;
  noteKo: string;
  noteEn: string;
  reason: string;
  slug: string;
}

type Option = FormOption;

type FigureFormProps =
  | { mode: 'add'; indicators: Option[]; sources: Option[]; initial: FigureFormValues }
  | {
      mode: 'correct';
      slug: string;
      baseRevision: number;
      indicatorLabel: string;
      sources: Option[];
      initial: FigureFormValues;
      unit: Unit;
    };

/** Adds a figure, or corrects one as a new revision with a reason. The server checks everything again. */
export function FigureForm(props: FigureFormProps) {
  const t = useTranslations('staff');
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const url =
    props.mode === 'add' ? '/api/staff/figures' : `/api/staff/figures/${props.slug}/revisions`;
  const mutation = useStaffMutation<Record<string, unknown>, { figure: { slug: string } }>(
    'POST',
    url,
  );
  const set = (field: keyof FigureFormValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const error = mutation.error;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const content = {
      value: values.value,
      observedOn: values.observedOn,
      source: values.source,
      quote: values.quote,
      noteKo: values.noteKo,
      noteEn: values.noteEn,
    };
    const body =
      props.mode === 'add'
        ? { indicator: values.indicator, slug: values.slug, ...content }
        : { baseRevision: props.baseRevision, reason: values.reason, ...content };
    mutation.mutate(body, {
      onSuccess: ({ figure }) => router.push(`/staff/figures/${figure.slug}?saved=1`),
    });
  };

  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      <FormErrors
        error={error}
        unit={props.mode === 'correct' ? props.unit : null}
        slug={props.mode === 'correct' ? props.slug : null}
      />
      {props.mode === 'add' ? (
        <>
          <FormField
            id="indicator"
            label={t('fields.indicator')}
            issues={issuesOf(error, 'indicator')}
            required
          >
            <select value={values.indicator} onChange={set('indicator')}>
              <option value="">{t('chooseIndicator')}</option>
              {props.indicators.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.label}
                </option>
              ))}
            </select>
          </FormField>
        </>
      ) : (
        <p className="facts-line">
          {t('fields.indicator')}: <strong>{props.indicatorLabel}</strong>
        </p>
      )}
      <FormField
        id="value"
        label={t('fields.value')}
        hint={t('hints.value')}
        issues={issuesOf(error, 'value')}
        required
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={values.value}
          onChange={set('value')}
        />
      </FormField>
      <FormField
        id="observedOn"
        label={t('fields.observedOn')}
        hint={t('hints.observedOn')}
        issues={issuesOf(error, 'observedOn')}
        required
      >
        <input
          type="text"
          autoComplete="off"
          value={values.observedOn}
          onChange={set('observedOn')}
        />
      </FormField>
      <FormField
        id="source"
        label={t('fields.source')}
        hint={t('noSource')}
        issues={issuesOf(error, 'source')}
        required
      >
        <select value={values.source} onChange={set('source')}>
          <option value="">{t('chooseSource')}</option>
          {props.sources.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="quote"
        label={t('fields.quote')}
        hint={t('hints.quote')}
        issues={issuesOf(error, 'quote')}
        required
      >
        <textarea rows={3} lang="ko" value={values.quote} onChange={set('quote')} />
      </FormField>
      <FormField id="noteKo" label={t('fields.noteKo')} issues={issuesOf(error, 'noteKo')}>
        <input type="text" lang="ko" value={values.noteKo} onChange={set('noteKo')} />
      </FormField>
      <FormField id="noteEn" label={t('fields.noteEn')} issues={issuesOf(error, 'noteEn')}>
        <input type="text" lang="en" value={values.noteEn} onChange={set('noteEn')} />
      </FormField>
      {props.mode === 'add' ? (
        <FormField
          id="slug"
          label={t('fields.slug')}
          hint={t('hints.slug')}
          issues={issuesOf(error, 'slug')}
        >
          <input type="text" autoComplete="off" value={values.slug} onChange={set('slug')} />
        </FormField>
      ) : (
        <FormField
          id="reason"
          label={t('fields.reason')}
          hint={t('hints.reason')}
          issues={issuesOf(error, 'reason')}
          required
        >
          <textarea rows={2} value={values.reason} onChange={set('reason')} />
        </FormField>
      )}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('saving') : t('save')}
      </button>
    </form>
  );
}

function FormErrors({
  error,
  unit,
  slug,
}: {
  error: StaffRequestError | null;
  unit: Unit | null;
  slug: string | null;
}) {
  const t = useTranslations('staff');
  const locale = useLocale();
  if (!error) return null;
  const { detail } = error;
  if (detail.status === 409 && detail.current) {
    const current = detail.current as { revision: number; value: string; observedOn: PreciseDate };
    return (
      <FormAlert tone="error">
        <strong>{t('conflictTitle')}</strong>
        <p data-testid="conflict-message">
          {t('conflictBody', {
            n: current.revision,
            value: unit ? formatValue(current.value, unit, locale) : current.value,
            date: formatPreciseDate(current.observedOn, locale),
          })}
        </p>
        {slug ? (
          <a href={`?reload=${current.revision}`} className="button-link">
            {t('conflictReload')}
          </a>
        ) : null}
      </FormAlert>
    );
  }
  return (
    <FormAlert tone="error">
      <RefusalMessage error={error} />
      {detail.status === 401 ? (
        <>
          {' '}
          <Link href="/staff/sign-in">{t('signIn')}</Link>
        </>
      ) : null}
    </FormAlert>
  );
}
