import 'server-only';
import { z } from 'zod';
import { compareDecimals } from '../../domain/exact-decimal.ts';
import { parseFigureValue } from '../../domain/parse-figure-value.ts';
import { parseReportedDate } from '../../domain/parse-reported-date.ts';
import type { DecimalString, PreciseDate } from '../../domain/types.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { FieldIssue } from '../../domain/api-error.ts';
import { fromDbDecimal, fromDbPreciseDate, toDbDate } from '../database/prisma-values.ts';
import { getDb } from '../db.ts';
import { appendRevision, refuseStaleBase, type RevisionHistory } from './append-revision.ts';
import { defineMutation } from './define-mutation.ts';
import { InvalidInputError, RecordNotFoundError } from './mutation-errors.ts';
import {
  dateText,
  LIMITS,
  optionalSlug,
  optionalText,
  requiredText,
  slugReference,
  valueText,
} from './staff-input.ts';
import { findFreeSlug } from './find-free-slug.ts';
import { currentRevision } from '../queries/current-revision.ts';
import { toFigureSlug } from '../../domain/slug.ts';
import { checkSlugFree, findReferencedIndicator, findReferencedSource } from './find-referenced.ts';

// Checked here as well as against the indicator's unit below, so one refusal names every wrong field.
const figureContentSchema = {
  value: valueText,
  observedOn: dateText,
  source: slugReference,
  quote: requiredText(LIMITS.quote),
  noteKo: optionalText(LIMITS.note),
  noteEn: optionalText(LIMITS.note),
};

export const newFigureSchema = z.strictObject({
  indicator: slugReference,
  slug: optionalSlug,
  ...figureContentSchema,
});
export const figureCorrectionSchema = z.strictObject({
  /** The revision the form showed: a newer one means someone else corrected it meanwhile. */
  baseRevision: z.number({ error: 'required' }).int().min(1),
  reason: requiredText(LIMITS.reason),
  ...figureContentSchema,
});

type FigureContentInput = Pick<z.output<typeof newFigureSchema>, keyof typeof figureContentSchema>;

interface ResolvedContent {
  value: DecimalString;
  observedOn: PreciseDate;
  sourceId: number;
  sourceSlug: string;
}

/** Turns the typed text into stored values, collecting every wrong field before refusing. */
async function resolveFigureContent(
  tx: Prisma.TransactionClient,
  input: FigureContentInput,
  unit: Parameters<typeof parseFigureValue>[1],
  issues: FieldIssue[],
): Promise<ResolvedContent | null> {
  const value = parseFigureValue(input.value, unit);
  if (!value.ok) issues.push({ field: 'value', code: value.code, params: { input: input.value } });
  const observedOn = parseReportedDate(input.observedOn);
  if (!observedOn)
    issues.push({ field: 'observedOn', code: 'invalid-date', params: { input: input.observedOn } });
  const source = await findReferencedSource(tx, input.source, issues);
  if (!value.ok || !observedOn || !source) return null;
  return { value: value.value, observedOn, sourceId: source.id, sourceSlug: source.slug };
}

function toRevisionData(content: ResolvedContent, input: FigureContentInput) {
  return {
    value: new Prisma.Decimal(content.value),
    observedOn: toDbDate(content.observedOn.date),
    observedPrecision: content.observedOn.precision,
    sourceId: content.sourceId,
    quote: input.quote,
    noteKo: input.noteKo,
    noteEn: input.noteEn,
  };
}

/** POST /api/staff/figures — a new reported figure with its source and quote. */
export const addFigure = defineMutation({
  action: 'figure.add',
  role: 'editor',
  input: newFigureSchema,
  async run({ input, actor, tx }) {
    const issues: FieldIssue[] = [];
    const indicator = await findReferencedIndicator(tx, input.indicator, issues);
    const content = await resolveFigureContent(tx, input, indicator?.unit, issues);
    await checkSlugFree(tx, 'figure', input.slug, issues);
    if (!indicator || !content || issues.length > 0) throw new InvalidInputError(issues);

    const slug =
      input.slug ??
      (await findFreeSlug(tx, 'figure', toFigureSlug(input.indicator, content.observedOn)));
    await tx.figure.create({
      data: {
        slug,
        indicatorId: indicator.id,
        revisions: {
          create: { revision: 1, createdBy: actor.id, ...toRevisionData(content, input) },
        },
      },
    });
    return {
      status: 201,
      body: { figure: { slug, revision: 1 } },
      target: { type: 'figure', slug },
      details: {
        indicator: input.indicator,
        value: content.value,
        observedOn: content.observedOn.date,
        source: content.sourceSlug,
      },
    };
  },
});

/** POST /api/staff/figures/[slug]/revisions — a correction: revision n+1, with a reason. */
export const correctFigure = defineMutation({
  action: 'figure.correct',
  role: 'editor',
  input: figureCorrectionSchema,
  async run({ input, actor, params, tx }) {
    const slug = params.slug ?? '';
    const figure = await tx.figure.findUnique({
      where: { slug },
      select: {
        id: true,
        indicator: { select: { unit: true } },
        revisions: currentRevision,
      },
    });
    const latest = figure?.revisions[0];
    if (!figure || !latest) throw new RecordNotFoundError('figure', slug);
    const history = toFigureHistory(slug);
    refuseStaleBase(history, latest, input.baseRevision);

    const issues: FieldIssue[] = [];
    const content = await resolveFigureContent(tx, input, figure.indicator.unit, issues);
    if (!content || issues.length > 0) throw new InvalidInputError(issues);
    const before = toCurrentFigure(latest);
    const unchanged =
      compareDecimals(content.value, before.value) === 0 &&
      content.observedOn.date === before.observedOn.date &&
      content.observedOn.precision === before.observedOn.precision &&
      content.sourceSlug === before.source &&
      input.quote === before.quote &&
      input.noteKo === before.noteKo &&
      input.noteEn === before.noteEn;
    if (unchanged) throw new InvalidInputError([{ field: 'value', code: 'no-change' }]);

    const revision = await appendRevision(history, latest, (revision) =>
      tx.figureRevision.create({
        data: {
          figureId: figure.id,
          revision,
          reason: input.reason,
          createdBy: actor.id,
          ...toRevisionData(content, input),
        },
      }),
    );
    const after = {
      value: content.value,
      observedOn: content.observedOn,
      source: content.sourceSlug,
      quote: input.quote,
      noteKo: input.noteKo,
      noteEn: input.noteEn,
    };
    return {
      body: { figure: { slug, revision } },
      target: { type: 'figure', slug },
      details: { revision, reason: input.reason, before, after },
    };
  },
});

type RevisionRow = Prisma.FigureRevisionGetPayload<{ include: { source: true } }>;

function toCurrentFigure(row: RevisionRow) {
  return {
    revision: row.revision,
    value: fromDbDecimal(row.value),
    observedOn: fromDbPreciseDate(row.observedOn, row.observedPrecision),
    source: row.source.slug,
    quote: row.quote,
    noteKo: row.noteKo,
    noteEn: row.noteEn,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

function toFigureHistory(slug: string): RevisionHistory<RevisionRow> {
  return {
    label: 'Figure',
    slug,
    toCurrent: toCurrentFigure,
    findLatest: () =>
      getDb().figureRevision.findFirst({
        where: { figure: { slug } },
        ...currentRevision,
      }),
  };
}
