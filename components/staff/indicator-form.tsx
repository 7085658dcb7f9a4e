'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { MEASURES, UNITS } from '@/lib/domain/types';
import type { FormOption } from '@/lib/domain/form-option';
import { FormField } from './form-field';
import { RefusalAlert } from './refusal-alert';
import { SaveButton } from './save-button';
import { TextareaField } from './textarea-field';
import { issuesOf } from './use-staff-mutation';
import { useStaffForm } from './use-staff-form';

export interface IndicatorFormValues {
  slug: string;
  theme: string;
  nameKo: string;
  nameEn: string;
  descriptionKo: string;
  descriptionEn: string;
  unit: string;
  measure: string;
  higherIsBetter: boolean;
  reason: string;
}

/** Adds an indicator (staff choose its URL slug), or corrects its description with a reason. */
export function IndicatorForm(props: {
  themes: FormOption[];
  unitLabels: Record<string, string>;
  initial: IndicatorFormValues;
  correctSlug?: string;
}) {
  const t = useTranslations('staff');
  const router = useRouter();
  const correcting = props.correctSlug !== undefined;
  const { values, setValues, set, fieldProps, mutation, error } = useStaffForm<
    IndicatorFormValues,
    { indicator: { slug: string } }
  >(
    props.initial,
    correcting ? 'PATCH' : 'POST',
    correcting ? `/api/staff/indicators/${props.correctSlug}` : '/api/staff/indicators',
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { slug, reason, ...content } = values;
    mutation.mutate(correcting ? { ...content, reason } : { ...content, slug }, {
      onSuccess: ({ indicator }) => router.push(`/indicators/${indicator.slug}`),
    });
  };
  const text = (field: 'nameKo' | 'nameEn' | 'slug', label: string, hint?: string) => (
    <FormField id={field} label={label} hint={hint} issues={issuesOf(error, field)} required>
      <input type="text" autoComplete="off" value={values[field]} onChange={set(field)} />
    </FormField>
  );
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      <RefusalAlert error={error} />
      {correcting ? null : text('slug', t('fields.indicatorSlug'), t('hints.indicatorSlug'))}
      <FormField id="theme" label={t('fields.theme')} issues={issuesOf(error, 'theme')} required>
        <select value={values.theme} onChange={set('theme')}>
          {props.themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {theme.label}
            </option>
          ))}
        </select>
      </FormField>
      {text('nameKo', t('fields.nameKo'))}
      {text('nameEn', t('fields.nameEn'))}
      <FormField
        id="descriptionKo"
        label={t('fields.descriptionKo')}
        issues={issuesOf(error, 'descriptionKo')}
        required
      >
        <textarea rows={2} lang="ko" value={values.descriptionKo} onChange={set('descriptionKo')} />
      </FormField>
      <FormField
        id="descriptionEn"
        label={t('fields.descriptionEn')}
        issues={issuesOf(error, 'descriptionEn')}
        required
      >
        <textarea rows={2} lang="en" value={values.descriptionEn} onChange={set('descriptionEn')} />
      </FormField>
      <FormField
        id="unit"
        label={t('fields.unit')}
        hint={correcting ? t('hints.unitFixed') : undefined}
        issues={issuesOf(error, 'unit')}
        required
      >
        <select value={values.unit} onChange={set('unit')}>
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {props.unitLabels[unit]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="measure"
        label={t('fields.measure')}
        issues={issuesOf(error, 'measure')}
        required
      >
        <select value={values.measure} onChange={set('measure')}>
          {MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {t(`measures.${measure}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="higherIsBetter"
        label={t('fields.higherIsBetter')}
        issues={issuesOf(error, 'higherIsBetter')}
      >
        <input
          type="checkbox"
          checked={values.higherIsBetter}
          onChange={(event) => setValues({ ...values, higherIsBetter: event.target.checked })}
        />
      </FormField>
      {correcting ? <TextareaField field="reason" {...fieldProps('reason')} /> : null}
      <SaveButton pending={mutation.isPending} />
    </form>
  );
}
