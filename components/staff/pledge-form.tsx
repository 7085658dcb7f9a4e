'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { FormOption, FormOptionKind } from '@/lib/domain/form-option';
import type { PledgeKind } from '@/lib/domain/types';
import type { CitationValues } from './citation-values';
import { FormField } from './form-field';
import { OptionPicker } from './option-picker';
import { OptionSelect } from './option-select';
import { RefusalAlert } from './refusal-alert';
import { SaveButton } from './save-button';
import { TextareaField } from './textarea-field';
import { issuesOf } from './use-staff-mutation';
import { useStaffForm } from './use-staff-form';

export interface PledgeFormValues extends CitationValues {
  kind: PledgeKind;
  indicator: string;
  administration: string;
  supersedes: string;
  titleKo: string;
  titleEn: string;
  targetValue: string;
  deadline: string;
  deadlineInferred: boolean;
  baselineValue: string;
  baselineOn: string;
  baselineAssumed: boolean;
  announcedOn: string;
}

type Option = FormOption;

/**
 * Administrations are a handful and offered whole; the indicator, the pledge superseded and the
 * source are found by the pickers as the person types, from the one each form opens with.
 */
type PledgeFormProps =
  | {
      mode: 'add';
      administrations: Option[];
      source: Option | null;
      initial: PledgeFormValues;
    }
  | {
      mode: 'correct';
      slug: string;
      baseRevision: number;
      source: Option | null;
      initial: PledgeFormValues;
    };

/** Adds a pledge (a numeric target or a milestone), or corrects one as a new revision with a reason. */
export function PledgeForm(props: PledgeFormProps) {
  const t = useTranslations('staff');
  const router = useRouter();
  const { values, setValues, set, fieldProps, mutation, error } = useStaffForm<
    PledgeFormValues,
    { pledge: { slug: string } }
  >(
    props.initial,
    'POST',
    props.mode === 'add' ? '/api/staff/pledges' : `/api/staff/pledges/${props.slug}/revisions`,
  );
  const toggle =
    (field: 'deadlineInferred' | 'baselineAssumed') => (event: { target: { checked: boolean } }) =>
      setValues({ ...values, [field]: event.target.checked });
  const text = (
    field: keyof PledgeFormValues,
    label: string,
    options: { hint?: string; required?: boolean; lang?: string } = {},
  ) => (
    <FormField
      id={field}
      label={label}
      hint={options.hint}
      issues={issuesOf(error, field)}
      required={options.required}
    >
      <input
        type="text"
        autoComplete="off"
        lang={options.lang}
        value={values[field] as string}
        onChange={set(field)}
      />
    </FormField>
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);
    // What a pledge is (its kind, indicator, administration, what it supersedes, its slug) is
    // fixed once added: a correction sends the revision it was based on and why instead.
    const { kind, indicator, administration, supersedes, slug, reason, ...typed } = values;
    const content = {
      ...typed,
      targetValue: blankToUndefined(typed.targetValue),
      deadline: blankToUndefined(typed.deadline),
      baselineValue: blankToUndefined(typed.baselineValue),
      baselineOn: blankToUndefined(typed.baselineOn),
    };
    const body =
      props.mode === 'add'
        ? {
            kind,
            indicator,
            administration,
            supersedes: blankToUndefined(supersedes),
            slug,
            ...content,
          }
        : { baseRevision: props.baseRevision, reason, ...content };
    mutation.mutate(body, {
      onSuccess: ({ pledge }) => router.push(`/staff/pledges/${pledge.slug}?saved=1`),
    });
  };

  const picker = (
    field: 'indicator' | 'supersedes' | 'source',
    kind: FormOptionKind,
    label: string,
    placeholder: string,
    options: { initial?: Option | null; required?: boolean; hint?: string } = {},
  ) => (
    <FormField
      id={field}
      label={label}
      hint={options.hint}
      issues={issuesOf(error, field)}
      required={options.required ?? true}
    >
      <OptionPicker
        kind={kind}
        label={label}
        placeholder={placeholder}
        initial={options.initial ?? null}
        value={values[field]}
        onValueChange={(slug) => set(field)({ target: { value: slug } })}
      />
    </FormField>
  );

  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      <RefusalAlert
        error={error}
        describeConflict={(current) =>
          t('pledgeConflict', { n: Number(current.revision), title: String(current.titleKo) })
        }
        offerReload
      />
      {props.mode === 'add' ? (
        <>
          <FormField
            id="kind"
            label={t('fields.kind')}
            hint={t('hints.kind')}
            issues={issuesOf(error, 'kind')}
            required
          >
            <select value={values.kind} onChange={set('kind')}>
              <option value="TARGET">{t('kinds.TARGET')}</option>
              <option value="MILESTONE">{t('kinds.MILESTONE')}</option>
              <option value="POLICY">{t('kinds.POLICY')}</option>
            </select>
          </FormField>
          {picker('indicator', 'indicator', t('fields.indicator'), t('chooseIndicator'))}
          <FormField
            id="administration"
            label={t('fields.administration')}
            issues={issuesOf(error, 'administration')}
            required
          >
            <OptionSelect
              options={props.administrations}
              placeholder={t('chooseAdministration')}
              value={values.administration}
              onChange={set('administration')}
            />
          </FormField>
          {picker('supersedes', 'pledge', t('fields.supersedes'), t('supersedesNone'), {
            required: false,
          })}
        </>
      ) : null}
      {text('titleKo', t('fields.titleKo'), { required: true, lang: 'ko' })}
      {text('titleEn', t('fields.titleEn'), { required: true, lang: 'en' })}
      {values.kind === 'TARGET'
        ? text('targetValue', t('fields.targetValue'), { hint: t('hints.value'), required: true })
        : values.kind === 'POLICY'
          ? text('targetValue', t('fields.policyLevel'), { hint: t('hints.value'), required: true })
          : null}
      {text('deadline', t('fields.deadline'), { hint: t('hints.observedOn') })}
      <FormField id="deadlineInferred" label={t('fields.deadlineInferred')} issues={[]}>
        <input
          type="checkbox"
          checked={values.deadlineInferred}
          onChange={toggle('deadlineInferred')}
        />
      </FormField>
      {text('baselineValue', t('fields.baselineValue'))}
      {text('baselineOn', t('fields.baselineOn'))}
      <FormField id="baselineAssumed" label={t('fields.baselineAssumed')} issues={[]}>
        <input
          type="checkbox"
          checked={values.baselineAssumed}
          onChange={toggle('baselineAssumed')}
        />
      </FormField>
      {text('announcedOn', t('fields.announcedOn'), {
        hint: t('hints.observedOn'),
        required: true,
      })}
      {picker('source', 'source', t('fields.source'), t('chooseSource'), {
        initial: props.source,
        hint: t('noSource'),
      })}
      <TextareaField field="quote" {...fieldProps('quote')} />
      {text('noteKo', t('fields.noteKo'), { lang: 'ko' })}
      {text('noteEn', t('fields.noteEn'), { lang: 'en' })}
      {props.mode === 'add' ? (
        text('slug', t('fields.slug'), { hint: t('hints.slug') })
      ) : (
        <TextareaField field="reason" {...fieldProps('reason')} />
      )}
      <SaveButton pending={mutation.isPending} />
    </form>
  );
}
