'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { FormField } from './form-field';
import { RefusalAlert } from './refusal-alert';
import { SaveButton } from './save-button';
import { TextareaField } from './textarea-field';
import { issuesOf } from './use-staff-mutation';
import { useStaffForm } from './use-staff-form';

export const EMPTY_SOURCE = {
  title: '',
  publisher: '',
  publishedOn: '',
  author: '',
  url: '',
  language: 'ko',
  slug: '',
  reason: '',
};
export type SourceFormValues = typeof EMPTY_SOURCE;

/**
 * Registers a document and goes on to add a figure citing it; or, given a slug, corrects how a
 * source is described, with a reason (kept with the old description in the change log).
 */
export function SourceForm({ correct }: { correct?: { slug: string; initial: SourceFormValues } }) {
  const t = useTranslations('staff');
  const router = useRouter();
  const { values, set, fieldProps, mutation, error } = useStaffForm<
    SourceFormValues,
    { source: { slug: string } },
    Partial<SourceFormValues>
  >(
    correct?.initial ?? EMPTY_SOURCE,
    correct ? 'PATCH' : 'POST',
    correct ? `/api/staff/sources/${encodeURIComponent(correct.slug)}` : '/api/staff/sources',
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { slug, reason, ...content } = values;
    if (correct)
      mutation.mutate(
        { ...content, reason },
        { onSuccess: () => router.push('/staff?saved=source') },
      );
    else
      mutation.mutate(
        { ...content, slug },
        {
          onSuccess: ({ source }) =>
            router.push(`/staff/figures/new?source=${encodeURIComponent(source.slug)}`),
        },
      );
  };
  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate>
      <RefusalAlert error={error} />
      <FormField id="title" label={t('fields.title')} issues={issuesOf(error, 'title')} required>
        <input type="text" value={values.title} onChange={set('title')} />
      </FormField>
      <FormField
        id="publisher"
        label={t('fields.publisher')}
        issues={issuesOf(error, 'publisher')}
        required
      >
        <input type="text" value={values.publisher} onChange={set('publisher')} />
      </FormField>
      <FormField
        id="publishedOn"
        label={t('fields.publishedOn')}
        hint={t('hints.observedOn')}
        issues={issuesOf(error, 'publishedOn')}
        required
      >
        <input
          type="text"
          autoComplete="off"
          value={values.publishedOn}
          onChange={set('publishedOn')}
        />
      </FormField>
      <FormField id="author" label={t('fields.author')} issues={issuesOf(error, 'author')}>
        <input type="text" value={values.author} onChange={set('author')} />
      </FormField>
      <FormField id="url" label={t('fields.url')} issues={issuesOf(error, 'url')}>
        <input type="url" inputMode="url" value={values.url} onChange={set('url')} />
      </FormField>
      <FormField id="language" label={t('fields.language')} issues={issuesOf(error, 'language')}>
        <select value={values.language} onChange={set('language')}>
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </FormField>
      {correct ? (
        <TextareaField field="reason" {...fieldProps('reason')} />
      ) : (
        <FormField id="slug" label={t('fields.slug')} issues={issuesOf(error, 'slug')}>
          <input type="text" autoComplete="off" value={values.slug} onChange={set('slug')} />
        </FormField>
      )}
      <SaveButton pending={mutation.isPending} />
    </form>
  );
}
