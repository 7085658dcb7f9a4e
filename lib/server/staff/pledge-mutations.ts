import 'server-only';
import { z } from 'zod';
import { parseFigureValue } from '../../domain/parse-figure-value.ts';
import { parseReportedDate } from '../../domain/parse-reported-date.ts';
import { PLEDGE_KINDS, type PledgeKind, type PreciseDate } from '../../domain/types.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { FieldIssue } from '../../domain/api-error.ts';
import { fromDbDecimal, fromDbOptionalPreciseDate, toDbDate } from '../database/prisma-values.ts';
import { getDb } from '../db.ts';
import { appendRevision, refuseStaleBase, type RevisionHistory } from './append-revision.ts';
import { defineMutation } from './define-mutation.ts';
import { findFreeSlug } from './find-free-slug.ts';
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
import { SLUG_MAX_LENGTH } from '../../domain/slug.ts';
import { currentRevision } from '../queries/current-revision.ts';
import { checkSlugFree, findReferencedIndicator, findReferencedSource } from './find-referenced.ts';

const optionalDate = optionalText(30).pipe(z.union([z.null(), dateText]));
const optionalAmount = optionalText(60).pipe(z.union([z.null(), valueText]));

/** What a revision of a pledge says; the kind, indicator and administration belong to the pledge itself. */
const pledgeContentSchema = {
  titleKo: requiredText(LIMITS.title),
  titleEn: requiredText(LIMITS.title),
  targetValue: optionalAmount,
  deadline: optionalDate,
  deadlineInferred: z.boolean().default(false),
  baselineValue: optionalAmount,
  baselineOn: optionalDate,
  baselineAssumed: z.boolean().default(false),
  announcedOn: dateText,
  source: slugReference,
  quote: requiredText(LIMITS.quote),
  noteKo: optionalText(LIMITS.note),
  noteEn: optionalText(LIMITS.note),
};

export const newPledgeSchema = z.strictObject({
  kind: z.enum(PLEDGE_KINDS, { error: 'invalid-choice' }),
  indicator: slugReference,
  administration: requiredText(40),
  /** The earlier pledge this one raises or moves; the old goalpost stays on the chart. */
  supersedes: optionalText(SLUG_MAX_LENGTH),
  slug: optionalSlug,
  ...pledgeContentSchema,
});

export const pledgeCorrectionSchema = z.strictObject({
  baseRevision: z.number({ error: 'required' }).int().min(1),
  reason: requiredText(LIMITS.reason),
  ...pledgeContentSchema,
});

type PledgeContentInput = Pick<z.output<typeof newPledgeSchema>, keyof typeof pledgeContentSchema>;

/** Typed text to stored values, with the rules the database also CHECKs, named field by field. */
async function resolvePledgeContent(
  tx: Prisma.TransactionClient,
  input: PledgeContentInput,
  kind: PledgeKind,
  unit: Parameters<typeof parseFigureValue>[1],
  issues: FieldIssue[],
) {
  const amount = (field: 'targetValue' | 'baselineValue') => {
    const text = input[field];
    if (text === null) return null;
    const parsed = parseFigureValue(text, unit);
    if (!parsed.ok) issues.push({ field, code: parsed.code, params: { input: text } });
    return parsed.ok ? parsed.value : null;
  };
  const targetValue = amount('targetValue');
  // A policy's level (the grant's amount, the allowance's months) is its target value.
  if (kind !== 'MILESTONE' && input.targetValue === null)
    issues.push({ field: 'targetValue', code: 'target-required' });
  if (kind === 'MILESTONE' && input.targetValue !== null)
    issues.push({ field: 'targetValue', code: 'milestone-has-no-target' });
  const baselineValue = amount('baselineValue');
  const deadline = input.deadline === null ? null : parseReportedDate(input.deadline);
  const baselineOn = input.baselineOn === null ? null : parseReportedDate(input.baselineOn);
  if ((input.baselineValue === null) !== (input.baselineOn === null)) {
    issues.push({
      field: input.baselineValue === null ? 'baselineValue' : 'baselineOn',
      code: 'baseline-incomplete',
    });
  }
  const announcedOn = parseReportedDate(input.announcedOn)!;
  const source = await findReferencedSource(tx, input.source, issues);
  if (issues.length > 0 || !source) return null;
  const date = (value: PreciseDate | null) =>
    value
      ? { on: toDbDate(value.date), precision: value.precision }
      : { on: null, precision: null };
  return {
    titleKo: input.titleKo,
    titleEn: input.titleEn,
    targetValue: targetValue === null ? null : new Prisma.Decimal(targetValue),
    deadlineOn: date(deadline).on,
    deadlinePrecision: date(deadline).precision,
    deadlineInferred: deadline ? input.deadlineInferred : false,
    baselineValue: baselineValue === null ? null : new Prisma.Decimal(baselineValue),
    baselineOn: date(baselineOn).on,
    baselinePrecision: date(baselineOn).precision,
    baselineAssumed: baselineOn ? input.baselineAssumed : false,
    announcedOn: toDbDate(announcedOn.date),
    announcedPrecision: announcedOn.precision,
    sourceId: source.id,
    quote: input.quote,
    noteKo: input.noteKo,
    noteEn: input.noteEn,
  };
}

/** POST /api/staff/pledges — a new pledge (a target with a number, or a milestone) with its source. */
export const addPledge = defineMutation({
  action: 'pledge.add',
  role: 'editor',
  input: newPledgeSchema,
  async run({ input, actor, tx }) {
    const issues: FieldIssue[] = [];
    const indicator = await findReferencedIndicator(tx, input.indicator, issues);
    const administration = await tx.administration.findUnique({
      where: { slug: input.administration },
      select: { id: true },
    });
    if (!administration) issues.push({ field: 'administration', code: 'invalid-choice' });
    const supersedes = input.supersedes
      ? await tx.pledge.findUnique({
          where: { slug: input.supersedes },
          select: { id: true, supersededBy: { select: { slug: true } } },
        })
      : null;
    if (input.supersedes && !supersedes)
      issues.push({
        field: 'supersedes',
        code: 'unknown-pledge',
        params: { input: input.supersedes },
      });
    if (supersedes?.supersededBy)
      issues.push({
        field: 'supersedes',
        code: 'already-superseded',
        params: { input: supersedes.supersededBy.slug },
      });
    await checkSlugFree(tx, 'pledge', input.slug, issues);
    const content = await resolvePledgeContent(tx, input, input.kind, indicator?.unit, issues);
    if (!indicator || !administration || !content || issues.length > 0)
      throw new InvalidInputError(issues);

    const slug =
      input.slug ??
      (await findFreeSlug(tx, 'pledge', `${input.indicator}-${input.administration}`));
    await tx.pledge.create({
      data: {
        slug,
        kind: input.kind,
        indicatorId: indicator.id,
        administrationId: administration.id,
        supersedesId: supersedes?.id ?? null,
        revisions: { create: { revision: 1, createdBy: actor.id, ...content } },
      },
    });
    return {
      status: 201,
      body: { pledge: { slug, revision: 1 } },
      target: { type: 'pledge', slug },
      details: { kind: input.kind, indicator: input.indicator, titleKo: input.titleKo },
    };
  },
});

/** POST /api/staff/pledges/[slug]/revisions — a correction of what a pledge says, with a reason. */
export const correctPledge = defineMutation({
  action: 'pledge.correct',
  role: 'editor',
  input: pledgeCorrectionSchema,
  async run({ input, actor, params, tx }) {
    const slug = params.slug ?? '';
    const pledge = await tx.pledge.findUnique({
      where: { slug },
      select: {
        id: true,
        kind: true,
        indicator: { select: { unit: true } },
        revisions: currentRevision,
      },
    });
    const latest = pledge?.revisions[0];
    if (!pledge || !latest) throw new RecordNotFoundError('pledge', slug);
    const history = toPledgeHistory(slug);
    refuseStaleBase(history, latest, input.baseRevision);
    const issues: FieldIssue[] = [];
    const content = await resolvePledgeContent(
      tx,
      input,
      pledge.kind,
      pledge.indicator.unit,
      issues,
    );
    if (!content || issues.length > 0) throw new InvalidInputError(issues);
    const revision = await appendRevision(history, latest, (revision) =>
      tx.pledgeRevision.create({
        data: {
          pledgeId: pledge.id,
          revision,
          reason: input.reason,
          createdBy: actor.id,
          ...content,
        },
      }),
    );
    return {
      body: { pledge: { slug, revision } },
      target: { type: 'pledge', slug },
      details: {
        revision,
        reason: input.reason,
        before: toCurrentPledge(latest),
        after: { titleKo: input.titleKo, targetValue: input.targetValue, deadline: input.deadline },
      },
    };
  },
});

type RevisionRow = Prisma.PledgeRevisionGetPayload<{ include: { source: true } }>;

function toPledgeHistory(slug: string): RevisionHistory<RevisionRow> {
  return {
    label: 'Pledge',
    slug,
    toCurrent: toCurrentPledge,
    findLatest: () =>
      getDb().pledgeRevision.findFirst({
        where: { pledge: { slug } },
        ...currentRevision,
      }),
  };
}

function toCurrentPledge(row: RevisionRow) {
  return {
    revision: row.revision,
    titleKo: row.titleKo,
    titleEn: row.titleEn,
    targetValue: row.targetValue === null ? null : fromDbDecimal(row.targetValue),
    deadline: fromDbOptionalPreciseDate(row.deadlineOn, row.deadlinePrecision),
    source: row.source.slug,
  };
}
