'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { formatValue, unitLabel } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PreciseDate, Unit } from '@/lib/domain/types';
import type { FormOption, IndicatorOption } from '@/lib/domain/form-option';
import type { CitationValues } from './citation-values';
import { FormField } from './form-field';
import { OptionPicker } from './option-picker';
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

/**
 * The indicator and source the form opens with (read by slug on the server, or null): the pickers
 * find any other as the person types.
 */
type FigureFormProps =
  | {
      mode: 'add';
      indicator: IndicatorOption | null;
      source: FormOption | null;
      initial: FigureFormValues;
    }
  | {
      mode: 'correct';
      slug: string;
      baseRevision: number;
      indicatorLabel: string;
      source: FormOption | null;
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
  // A new figure is read in the unit of the indicator chosen for it, once one is.
  const [chosenUnit, setChosenUnit] = useState<Unit | null>(
    props.mode === 'add' ? (props.indicator?.unit ?? null) : null,
  );
  const unit = props.mode === 'correct' ? props.unit : chosenUnit;
  const setField = (field: 'indicator' | 'source') => (slug: string) =>
    set(field)({ target: { value: slug } });
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
            <OptionPicker
              kind="indicator"
              label={t('fields.indicator')}
              placeholder={t('chooseIndicator')}
              initial={props.indicator}
              value={values.indicator}
              onValueChange={setField('indicator')}
              onChoose={(option) => setChosenUnit(option?.unit ?? null)}
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
        hint={
          unit
            ? `${t('unitOfIndicator', { unit: unitLabel(unit, locale) })} — ${t('hints.value')}`
            : t('hints.value')
        }
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
        <OptionPicker
          kind="source"
          label={t('fields.source')}
          placeholder={t('chooseSource')}
          initial={props.source}
          value={values.source}
          onValueChange={setField('source')}
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
