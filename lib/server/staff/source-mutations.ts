import 'server-only';
import { z } from 'zod';
import { parseReportedDate } from '../../domain/parse-reported-date.ts';
import { toDbDate } from '../database/prisma-values.ts';
import { defineMutation } from './define-mutation.ts';
import { findFreeSlug } from './find-free-slug.ts';
import type { FieldIssue } from '../../domain/api-error.ts';
import { InvalidInputError, RecordNotFoundError } from './mutation-errors.ts';
import { fromDbPreciseDate } from '../database/prisma-values.ts';
import { dateText, LIMITS, optionalSlug, optionalText, requiredText } from './staff-input.ts';
import { checkSlugFree } from './find-referenced.ts';

const sourceContentSchema = {
  title: requiredText(LIMITS.title),
  publisher: requiredText(LIMITS.name),
  publishedOn: dateText,
  author: optionalText(LIMITS.name),
  language: z.enum(['ko', 'en'], { error: 'invalid-choice' }).default('ko'),
  url: optionalText(LIMITS.url).pipe(
    z
      .string()
      .refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
        error: 'invalid-url',
      })
      .nullable(),
  ),
};

export const newSourceSchema = z.strictObject({ slug: optionalSlug, ...sourceContentSchema });
export const sourceCorrectionSchema = z.strictObject({
  reason: requiredText(LIMITS.reason),
  ...sourceContentSchema,
});

/** POST /api/staff/sources — a document figures and pledges can cite (article, press release, statistic). */
export const addSource = defineMutation({
  action: 'source.add',
  role: 'editor',
  input: newSourceSchema,
  async run({ input, tx }) {
    const issues: FieldIssue[] = [];
    const publishedOn = parseReportedDate(input.publishedOn);
    if (!publishedOn)
      issues.push({
        field: 'publishedOn',
        code: 'invalid-date',
        params: { input: input.publishedOn },
      });
    await checkSlugFree(tx, 'source', input.slug, issues);
    if (
      input.url &&
      (await tx.source.findFirst({ where: { url: input.url }, select: { slug: true } }))
    ) {
      issues.push({ field: 'url', code: 'duplicate-source', params: { input: input.url } });
    }
    if (!publishedOn || issues.length > 0) throw new InvalidInputError(issues);

    // "press-2026-03-31": the publication date names it; staff rarely want to invent a slug.
    const base = `${hostLabel(input.url) ?? 'source'}-${publishedOn.date}`;
    const slug = input.slug ?? (await findFreeSlug(tx, 'source', base));
    await tx.source.create({
      data: {
        slug,
        title: input.title,
        publisher: input.publisher,
        publisherInferred: false,
        publishedOn: toDbDate(publishedOn.date),
        publishedPrecision: publishedOn.precision,
        publishedInferred: false,
        author: input.author,
        language: input.language,
        url: input.url,
      },
    });
    return {
      status: 201,
      body: { source: { slug } },
      target: { type: 'source', slug },
      details: { title: input.title, publisher: input.publisher },
    };
  },
});

/** "www.gwangju.go.kr" → "gwangju": a readable slug prefix from the link, when there is one. */
function hostLabel(url: string | null): string | null {
  if (!url) return null;
  const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
  const label = parts[0]
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return label || null;
}

/**
 * PATCH /api/staff/sources/[slug] — corrects how a source is described (a mistyped title, the
 * right date). Sources have no revision table: the audit entry keeps before, after and reason,
 * and the database refuses to change or remove it.
 */
export const correctSource = defineMutation({
  action: 'source.correct',
  role: 'editor',
  input: sourceCorrectionSchema,
  async run({ input, params, tx }) {
    const slug = params.slug ?? '';
    const before = await tx.source.findUnique({ where: { slug } });
    if (!before) throw new RecordNotFoundError('source', slug);
    const publishedOn = parseReportedDate(input.publishedOn)!;
    if (
      input.url &&
      (await tx.source.findFirst({
        where: { url: input.url, id: { not: before.id } },
        select: { slug: true },
      }))
    ) {
      throw new InvalidInputError([
        { field: 'url', code: 'duplicate-source', params: { input: input.url } },
      ]);
    }
    await tx.source.update({
      where: { id: before.id },
      data: {
        title: input.title,
        publisher: input.publisher,
        publishedOn: toDbDate(publishedOn.date),
        publishedPrecision: publishedOn.precision,
        author: input.author,
        language: input.language,
        url: input.url,
      },
    });
    const { reason, ...after } = input;
    return {
      body: { source: { slug } },
      target: { type: 'source', slug },
      details: {
        reason,
        before: {
          title: before.title,
          publisher: before.publisher,
          publishedOn: fromDbPreciseDate(before.publishedOn, before.publishedPrecision),
          author: before.author,
          language: before.language,
          url: before.url,
        },
        after,
      },
    };
  },
});
