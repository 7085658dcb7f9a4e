'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { MAX_VERDICT_EVIDENCE } from '@/lib/domain/staff-verdict';
import { VERDICT_RATINGS, type VerdictRating } from '@/lib/domain/verdict';
import { FormAlert, FormField } from './form-field';
import { OptionPicker } from './option-picker';
import { issuesOf, useStaffMutation } from './use-staff-mutation';
import { useVerdictErrors, VerdictRefusal } from './verdict-refusal';

interface EvidenceRow {
  /** Stable across removals, so each row keeps its picker's state. */
  key: number;
  source: string;
  quote: string;
  on: string;
}

interface VerdictValues {
  rating: VerdictRating | '';
  reasoningKo: string;
  reasoningEn: string;
  reason: string;
  evidence: EvidenceRow[];
}

type TextField = 'reasoningKo' | 'reasoningEn' | 'reason';
type EvidenceField = 'source' | 'quote' | 'on';

let nextKey = 0;
const emptyRow = (): EvidenceRow => ({ key: (nextKey += 1), source: '', quote: '', on: '' });
const emptyValues = (): VerdictValues => ({
  rating: '',
  reasoningKo: '',
  reasoningEn: '',
  reason: '',
  evidence: [emptyRow()],
});

interface Proposed {
  verdict: { id: number; state: 'pending' | 'published' };
}

/**
 * Proposes a verdict on a pledge: the stage (each with its definition), the reasoning in both
 * languages, why it replaces the published verdict (once there is one), and 1 to 10 pieces of
 * evidence (a source found with the picker, its exact words, the date they describe), added and
 * removed as rows. The server names each problem by field, and a row's by its index.
 */
export function VerdictForm({ slug, hasPublished }: { slug: string; hasPublished: boolean }) {
  const t = useTranslations('staff.verdicts');
  const scale = useTranslations('verdicts');
  const staff = useTranslations('staff');
  const router = useRouter();
  const ownErrors = useVerdictErrors();
  const [values, setValues] = useState(emptyValues);
  const mutation = useStaffMutation<Record<string, unknown>, Proposed>(
    'POST',
    `/api/staff/pledges/${slug}/verdicts`,
  );
  const { error } = mutation;
  const [saved, setSaved] = useState<Proposed['verdict']['state'] | null>(null);

  const setText = (field: TextField | 'rating') => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const setRow = (key: number, field: EvidenceField, value: string) =>
    setValues({
      ...values,
      evidence: values.evidence.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    });
  const addRow = () => setValues({ ...values, evidence: [...values.evidence, emptyRow()] });
  const removeRow = (key: number) =>
    setValues({ ...values, evidence: values.evidence.filter((row) => row.key !== key) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const typed = values.evidence.map(({ source, quote, on }) => ({ source, quote, on }));
    // Untouched rows mean no evidence (allowed for "not yet rated"); a row partly filled is sent,
    // so what is missing is named at its index.
    const blank = typed.every((row) => !row.source.trim() && !row.quote.trim() && !row.on.trim());
    mutation.mutate(
      {
        rating: values.rating,
        reasoningKo: values.reasoningKo,
        reasoningEn: values.reasoningEn,
        ...(values.reason.trim() ? { reason: values.reason } : {}),
        evidence: blank ? [] : typed,
      },
      {
        onSuccess: ({ verdict }) => {
          setSaved(verdict.state);
          setValues(emptyValues());
          router.refresh();
        },
      },
    );
  };

  const text = (field: TextField, label: string, hint: string, lang?: string) => (
    <FormField
      id={`verdict-${field}`}
      label={label}
      hint={hint}
      issues={issuesOf(error, field)}
      ownErrors={ownErrors}
      required
    >
      <textarea rows={4} lang={lang} value={values[field]} onChange={setText(field)} />
    </FormField>
  );
  const evidenceIssues = issuesOf(error, 'evidence');
  const showReason = hasPublished || issuesOf(error, 'reason').length > 0;

  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate data-testid="verdict-form">
      <VerdictRefusal error={error} />
      {saved ? (
        <FormAlert tone="success">
          {saved === 'published' ? t('savedPublished') : t('savedPending')}
        </FormAlert>
      ) : null}
      <FormField
        id="verdict-rating"
        label={t('rating')}
        hint={t('hints.rating')}
        issues={issuesOf(error, 'rating')}
        ownErrors={ownErrors}
        required
      >
        <select value={values.rating} onChange={setText('rating')}>
          <option value="">{t('chooseRating')}</option>
          {VERDICT_RATINGS.map((rating) => (
            <option key={rating} value={rating}>
              {scale(`rating.${rating}`)} — {scale(`definition.${rating}`)}
            </option>
          ))}
        </select>
      </FormField>
      {text('reasoningKo', t('reasoningKo'), t('hints.reasoning'), 'ko')}
      {text('reasoningEn', t('reasoningEn'), t('hints.reasoning'), 'en')}
      {showReason ? text('reason', t('reason'), t('hints.reason')) : null}
      <fieldset className="staff-verdict__evidence-set" aria-describedby="verdict-evidence-hint">
        <legend>{t('evidence')}</legend>
        <p className="form-hint" id="verdict-evidence-hint">
          {t('hints.evidence', { max: MAX_VERDICT_EVIDENCE })}
        </p>
        {evidenceIssues.length > 0 ? (
          <p className="form-error" data-testid="error-evidence">
            {evidenceIssues.map((issue) => ownErrors[issue.code] ?? issue.code).join(' ')}
          </p>
        ) : null}
        {values.evidence.map((row, index) => {
          const n = index + 1;
          const field = (name: EvidenceField) => `evidence.${index}.${name}`;
          const id = (name: EvidenceField) => `evidence-${index}-${name}`;
          return (
            <fieldset key={row.key} className="staff-verdict__evidence-row">
              <legend>{t('evidenceN', { n })}</legend>
              <FormField
                id={id('source')}
                label={t('source')}
                hint={staff('noSource')}
                issues={issuesOf(error, field('source'))}
                required
              >
                <OptionPicker
                  kind="source"
                  label={t('source')}
                  placeholder={staff('chooseSource')}
                  initial={null}
                  value={row.source}
                  onValueChange={(source) => setRow(row.key, 'source', source)}
                />
              </FormField>
              <FormField
                id={id('quote')}
                label={t('quote')}
                hint={staff('hints.quote')}
                issues={issuesOf(error, field('quote'))}
                required
              >
                <textarea
                  rows={3}
                  lang="ko"
                  value={row.quote}
                  onChange={(event) => setRow(row.key, 'quote', event.target.value)}
                />
              </FormField>
              <FormField
                id={id('on')}
                label={t('on')}
                hint={t('hints.on')}
                issues={issuesOf(error, field('on'))}
                required
              >
                <input
                  type="text"
                  autoComplete="off"
                  value={row.on}
                  onChange={(event) => setRow(row.key, 'on', event.target.value)}
                />
              </FormField>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => removeRow(row.key)}
              >
                {t('removeEvidence', { n })}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button button--quiet"
          onClick={addRow}
          disabled={values.evidence.length >= MAX_VERDICT_EVIDENCE}
        >
          {t('addEvidence')}
        </button>
      </fieldset>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
