'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PreciseDate, Unit } from '@/lib/domain/types';
import type { FormOption } from '@/lib/domain/form-option';
import type { CitationValues } from './citation-values';
import { FormField } from './form-field';
import { OptionSelect } from './option-select';
import { RefusalAlert } from './refusal-alert';
import { SaveButton } from './save-button';
import { TextareaField } from './textarea-field';
import { issuesOf } from './use-staff-mutation';
import { useStaffForm } from './use-staff-form';

export interface FigureFormValues extends CitationValues {
  indicator: string;
  value: string;
  observedOn: string;
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
  const locale = useLocale();
  const router = useRouter();
  const { values, set, fieldProps, mutation, error } = useStaffForm<
    FigureFormValues,
    { figure: { slug: string } }
  >(
    props.initial,
    'POST',
    props.mode === 'add' ? '/api/staff/figures' : `/api/staff/figures/${props.slug}/revisions`,
  );
  const unit = props.mode === 'correct' ? props.unit : null;
  const describeConflict = (stored: Record<string, unknown>) => {
    const current = stored as { revision: number; value: string; observedOn: PreciseDate };
    return t('conflictBody', {
      n: current.revision,
      value: unit ? formatValue(current.value, unit, locale) : current.value,
      date: formatPreciseDate(current.observedOn, locale),
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Which indicator a figure counts, and its slug, are fixed once added: a correction sends the
    // revision it was based on and why instead.
    const { indicator, slug, reason, ...content } = values;
    const body =
      props.mode === 'add'
        ? { indicator, slug, ...content }
        : { baseRevision: props.baseRevision, reason, ...content };
    mutation.mutate(body, {
      onSuccess: ({ figure }) => router.push(`/staff/figures/${figure.slug}?saved=1`),
    });
  };

  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      <RefusalAlert
        error={error}
        describeConflict={describeConflict}
        offerReload={props.mode === 'correct'}
        offerSignIn
      />
      {props.mode === 'add' ? (
        <>
          <FormField
            id="indicator"
            label={t('fields.indicator')}
            issues={issuesOf(error, 'indicator')}
            required
          >
            <OptionSelect
              options={props.indicators}
              placeholder={t('chooseIndicator')}
              value={values.indicator}
              onChange={set('indicator')}
            />
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
        <OptionSelect
          options={props.sources}
          placeholder={t('chooseSource')}
          value={values.source}
          onChange={set('source')}
        />
      </FormField>
      <TextareaField field="quote" {...fieldProps('quote')} />
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
        <TextareaField field="reason" {...fieldProps('reason')} />
      )}
      <SaveButton pending={mutation.isPending} />
    </form>
  );
}
