import 'server-only';
import { z } from 'zod';
import { INDICATOR_SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../domain/slug.ts';
import { MEASURES, UNITS } from '../../domain/types.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { defineMutation } from './define-mutation.ts';
import type { FieldIssue } from '../../domain/api-error.ts';
import { InvalidInputError, RecordNotFoundError } from './mutation-errors.ts';
import { LIMITS, requiredText } from './staff-input.ts';
import { checkSlugFree } from './find-referenced.ts';

const indicatorContentSchema = {
  theme: requiredText(40),
  nameKo: requiredText(LIMITS.title),
  nameEn: requiredText(LIMITS.title),
  descriptionKo: requiredText(LIMITS.note),
  descriptionEn: requiredText(LIMITS.note),
  unit: z.enum(UNITS, { error: 'invalid-choice' }),
  measure: z.enum(MEASURES, { error: 'invalid-choice' }),
  higherIsBetter: z.boolean({ error: 'required' }),
};

export const newIndicatorSchema = z.strictObject({
  // Indicators name URLs (/indicators/<slug>), so staff choose it; it never changes afterwards.
  slug: requiredText(INDICATOR_SLUG_MAX_LENGTH).regex(SLUG_PATTERN, { error: 'slug-format' }),
  ...indicatorContentSchema,
});

export const indicatorCorrectionSchema = z.strictObject({
  reason: requiredText(LIMITS.reason),
  ...indicatorContentSchema,
});

type IndicatorContent = Pick<
  z.output<typeof newIndicatorSchema>,
  keyof typeof indicatorContentSchema
>;

async function resolveTheme(tx: Prisma.TransactionClient, slug: string, issues: FieldIssue[]) {
  const theme = await tx.theme.findUnique({ where: { slug }, select: { id: true } });
  if (!theme) issues.push({ field: 'theme', code: 'invalid-choice' });
  return theme;
}

/** The stored columns, named one by one so no other input key can reach the database. */
function toIndicatorData(input: IndicatorContent, themeId: number) {
  return {
    themeId,
    nameKo: input.nameKo,
    nameEn: input.nameEn,
    descriptionKo: input.descriptionKo,
    descriptionEn: input.descriptionEn,
    unit: input.unit,
    measure: input.measure,
    higherIsBetter: input.higherIsBetter,
  };
}

/** POST /api/staff/indicators — a new measurable quantity figures and pledges can be about. */
export const addIndicator = defineMutation({
  action: 'indicator.add',
  role: 'editor',
  input: newIndicatorSchema,
  async run({ input, tx }) {
    const issues: FieldIssue[] = [];
    const theme = await resolveTheme(tx, input.theme, issues);
    await checkSlugFree(tx, 'indicator', input.slug, issues);
    if (!theme || issues.length > 0) throw new InvalidInputError(issues);
    await tx.indicator.create({ data: { slug: input.slug, ...toIndicatorData(input, theme.id) } });
    return {
      status: 201,
      body: { indicator: { slug: input.slug } },
      target: { type: 'indicator', slug: input.slug },
      details: { nameKo: input.nameKo, unit: input.unit },
    };
  },
});

/**
 * PATCH /api/staff/indicators/[slug] — corrects names, description, theme or direction. Indicators
 * have no revision table: the audit entry keeps the before and after with the reason, and the
 * database refuses to change or remove it. Unit and measure are fixed once figures exist, since
 * changing them would silently reinterpret every stored value.
 */
export const correctIndicator = defineMutation({
  action: 'indicator.correct',
  role: 'editor',
  input: indicatorCorrectionSchema,
  async run({ input, params, tx }) {
    const slug = params.slug ?? '';
    const before = await tx.indicator.findUnique({
      where: { slug },
      include: {
        theme: { select: { slug: true } },
        _count: { select: { figures: true, pledges: true } },
      },
    });
    if (!before) throw new RecordNotFoundError('indicator', slug);
    const issues: FieldIssue[] = [];
    const theme = await resolveTheme(tx, input.theme, issues);
    const used = before._count.figures + before._count.pledges > 0;
    if (used && input.unit !== before.unit) issues.push({ field: 'unit', code: 'unit-in-use' });
    if (used && input.measure !== before.measure)
      issues.push({ field: 'measure', code: 'unit-in-use' });
    if (!theme || issues.length > 0) throw new InvalidInputError(issues);
    await tx.indicator.update({ where: { id: before.id }, data: toIndicatorData(input, theme.id) });
    const { reason, ...after } = input;
    const {
      id: _id,
      themeId: _themeId,
      createdAt: _createdAt,
      _count,
      theme: beforeTheme,
      ...beforeFields
    } = before;
    return {
      body: { indicator: { slug } },
      target: { type: 'indicator', slug },
      details: { reason, before: { ...beforeFields, theme: beforeTheme.slug }, after },
    };
  },
});
