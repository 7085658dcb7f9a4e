import 'server-only';
import { z } from 'zod';
import type { FieldIssue } from '../../domain/api-error.ts';
import { parseReportedDate } from '../../domain/parse-reported-date.ts';
import { MAX_VERDICT_EVIDENCE } from '../../domain/staff-verdict.ts';
import {
  ratingNeedsEvidence,
  REVIEW_DECISIONS,
  reviewRefusal,
  VERDICT_RATINGS,
} from '../../domain/verdict.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { isCheckViolation } from '../database/is-check-violation.ts';
import { isDuplicateKeyError } from '../database/is-duplicate-key-error.ts';
import { toDbDate } from '../database/prisma-values.ts';
import { defineMutation } from './define-mutation.ts';
import {
  ConflictError,
  InvalidInputError,
  RecordNotFoundError,
  RefusedError,
} from './mutation-errors.ts';
import { readSiteSettings } from './site-settings.ts';
import { dateText, LIMITS, optionalText, requiredText, slugReference } from './staff-input.ts';

/**
 * Verdicts, the staff side: a staff member proposes one (a rating, its reasoning in both languages
 * and the evidence it rests on), and while review is required another staff member approves or
 * rejects it; only an approved verdict is published. The database keeps the same rules
 * (verdict_review_is_allowed), so a race past these checks is refused there and answered alike.
 */

const evidenceSchema = z.strictObject({
  /** The slug of the source, chosen with the form's picker. */
  source: slugReference,
  quote: requiredText(LIMITS.quote),
  /** The date the evidence describes: "2023", "2023-10" or "2023-10-12", kept as precise as typed. */
  on: dateText,
});

export const verdictProposalSchema = z
  .strictObject({
    rating: z.enum(VERDICT_RATINGS, { error: 'invalid-choice' }),
    reasoningKo: requiredText(LIMITS.reasoning),
    reasoningEn: requiredText(LIMITS.reasoning),
    /** Why it replaces the published verdict; required once the pledge has one (checked in run). */
    reason: optionalText(LIMITS.reason),
    evidence: z.array(evidenceSchema, { error: 'required' }).superRefine((rows, ctx) => {
      if (rows.length > MAX_VERDICT_EVIDENCE)
        ctx.addIssue({ code: 'custom', message: 'evidence-too-many' });
    }),
  })
  // Runs even when other fields are wrong, so one refusal names every problem at once; so also
  // on JSON that is no object at all (null), which the object schema has already refused.
  .superRefine(
    (proposal: unknown, ctx) => {
      if (typeof proposal !== 'object' || proposal === null) return;
      const { rating: given, evidence } = proposal as { rating?: unknown; evidence?: unknown };
      const rating = VERDICT_RATINGS.find((known) => known === given);
      if (rating && ratingNeedsEvidence(rating) && Array.isArray(evidence) && evidence.length === 0)
        ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'evidence-required' });
    },
    { when: () => true },
  );

export const verdictReviewSchema = z.strictObject({
  decision: z.enum(REVIEW_DECISIONS, { error: 'invalid-choice' }),
  note: optionalText(LIMITS.note),
});

type Tx = Prisma.TransactionClient;
type EvidenceInput = z.output<typeof evidenceSchema>;

/** Each piece of evidence as stored, or its issues named by index (`evidence.1.source`). */
async function resolveEvidence(tx: Tx, rows: EvidenceInput[], issues: FieldIssue[]) {
  // At most MAX_VERDICT_EVIDENCE slugs: one query for all of them.
  const sources = await tx.source.findMany({
    where: { slug: { in: [...new Set(rows.map((row) => row.source))] } },
    select: { id: true, slug: true },
  });
  const idOf = new Map(sources.map((source) => [source.slug, source.id]));
  return rows.flatMap((row, index) => {
    const sourceId = idOf.get(row.source);
    if (sourceId === undefined) {
      issues.push({
        field: `evidence.${index}.source`,
        code: 'unknown-source',
        params: { input: row.source },
      });
      return [];
    }
    // The schema has read the date already (dateText), so this cannot be null.
    const on = parseReportedDate(row.on)!;
    return [
      {
        position: index + 1,
        sourceId,
        quote: row.quote,
        evidenceOn: toDbDate(on.date),
        evidencePrecision: on.precision,
      },
    ];
  });
}

/** The database refused a review by its second-reviewer rule: the same refusal as ours. */
const OWN_VERDICT_MESSAGE =
  'Another staff member must review this verdict: you proposed it, and review is required.';

/**
 * POST /api/staff/pledges/[slug]/verdicts — propose a verdict. While review is required it waits
 * for another staff member; with review turned off it is published at once, by an approval that
 * names no reviewer, and the answer says so.
 */
export const proposeVerdict = defineMutation({
  action: 'verdict.propose',
  role: 'editor',
  input: verdictProposalSchema,
  async run({ input, actor, params, tx }) {
    const slug = params.slug ?? '';
    const pledge = await tx.pledge.findUnique({ where: { slug }, select: { id: true } });
    if (!pledge) throw new RecordNotFoundError('pledge', slug);
    const issues: FieldIssue[] = [];
    const evidence = await resolveEvidence(tx, input.evidence, issues);
    const published = await tx.verdict.findFirst({
      where: { pledgeId: pledge.id, review: { is: { decision: 'APPROVED' } } },
      select: { id: true },
    });
    if (published && input.reason === null)
      issues.push({ field: 'reason', code: 'reason-required' });
    if (issues.length > 0) throw new InvalidInputError(issues);

    const { verdictReviewRequired } = await readSiteSettings(tx);
    const verdict = await tx.verdict.create({
      data: {
        pledgeId: pledge.id,
        rating: input.rating,
        reasoningKo: input.reasoningKo,
        reasoningEn: input.reasoningEn,
        reason: input.reason,
        proposedBy: actor.id,
        evidence: { create: evidence },
      },
      select: { id: true },
    });
    if (!verdictReviewRequired) {
      try {
        await tx.verdictReview.create({
          data: { verdictId: verdict.id, decision: 'APPROVED', reviewedBy: null },
        });
      } catch (error) {
        // An admin turned review on after the setting was read: nothing is saved, and sent again
        // the proposal waits for a reviewer.
        if (!isCheckViolation(error)) throw error;
        throw new RefusedError({
          status: 409,
          outcome: 'conflict',
          code: 'review-turned-on',
          message:
            'Review was turned on meanwhile; nothing was saved. Send it again to have it reviewed.',
        });
      }
    }
    const state = verdictReviewRequired ? 'pending' : 'published';
    return {
      status: 201,
      body: {
        verdict: { id: verdict.id, pledge: slug, state },
        reviewRequired: verdictReviewRequired,
      },
      target: { type: 'pledge', slug },
      details: {
        verdict: verdict.id,
        rating: input.rating,
        evidence: evidence.length,
        state,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    };
  },
});

/** A verdict's id from the URL, or null when it is not one (answered 404). */
function toVerdictId(text: string | undefined): number | null {
  return text && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : null;
}

const REFUSALS = {
  'own-verdict': () =>
    new RefusedError({
      status: 403,
      outcome: 'denied',
      code: 'own-verdict',
      message: OWN_VERDICT_MESSAGE,
    }),
  'already-reviewed': () =>
    new ConflictError('already-reviewed', 'This verdict has already been reviewed.', null),
};

/**
 * POST /api/staff/verdicts/[id]/review — approve (publish) or reject a proposed verdict. Any staff
 * member but its proposer while review is required (403 own-verdict); once only (409
 * already-reviewed). Two reviewers at once: the review's primary key lets one win.
 */
export const reviewVerdict = defineMutation({
  action: 'verdict.review',
  role: 'editor',
  input: verdictReviewSchema,
  async run({ input, actor, params, tx }) {
    const id = toVerdictId(params.id);
    const verdict =
      id === null
        ? null
        : await tx.verdict.findUnique({
            where: { id },
            select: {
              id: true,
              proposedBy: true,
              rating: true,
              pledge: { select: { slug: true } },
              review: { select: { decision: true } },
            },
          });
    if (!verdict) throw new RecordNotFoundError('verdict', params.id ?? '');
    const { verdictReviewRequired } = await readSiteSettings(tx);
    const refusal = reviewRefusal(
      { proposedBy: verdict.proposedBy, reviewed: verdict.review !== null },
      actor.id,
      verdictReviewRequired,
    );
    if (refusal) throw REFUSALS[refusal]();
    try {
      await tx.verdictReview.create({
        data: {
          verdictId: verdict.id,
          decision: input.decision,
          reviewedBy: actor.id,
          note: input.note,
        },
      });
    } catch (error) {
      // Someone else reviewed it since it was read.
      if (isDuplicateKeyError(error)) throw REFUSALS['already-reviewed']();
      // An admin turned review on since the setting was read, and this is the proposer.
      if (isCheckViolation(error) && verdict.proposedBy === actor.id)
        throw REFUSALS['own-verdict']();
      throw error;
    }
    const state = input.decision === 'APPROVED' ? 'published' : 'rejected';
    return {
      body: { verdict: { id: verdict.id, pledge: verdict.pledge.slug, state } },
      target: { type: 'pledge', slug: verdict.pledge.slug },
      details: {
        verdict: verdict.id,
        rating: verdict.rating,
        decision: input.decision,
        ...(input.note ? { note: input.note } : {}),
      },
    };
  },
});
