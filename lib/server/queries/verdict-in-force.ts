import type { PrismaClient } from '../../generated/prisma/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { VerdictSummary } from '../../domain/records.ts';
import type { VerdictRating } from '../../domain/verdict.ts';
import { readVerdictEvidence } from './verdict-evidence.ts';

/**
 * The verdict in force on pledge `p` at `publishedBy`: the latest one approved by then (verdicts
 * are append-only; a later one replaces an earlier one without erasing it). A LATERAL join over
 * that pledge's verdicts alone (index verdict(pledge_id, id), then each one's review by its key):
 * a handful of probes per pledge, whatever the table holds. `corrected`: an earlier published
 * verdict had a rating, so this one changed a judgement rather than giving the first.
 */
export const VERDICT_IN_FORCE = (publishedBy: Date) => Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT v.id, v.rating::text AS rating, v.reasoning_ko, v.reasoning_en,
           vr.reviewed_at, vr.reviewed_by IS NULL AS unreviewed,
           EXISTS (
             SELECT 1 FROM verdict v2
             JOIN verdict_review r2 ON r2.verdict_id = v2.id AND r2.decision = 'APPROVED'
             WHERE v2.pledge_id = v.pledge_id AND v2.rating <> 'NOT_YET_RATED'
               AND (r2.reviewed_at, v2.id) < (vr.reviewed_at, v.id)
           ) AS corrected
    FROM verdict v
    JOIN verdict_review vr ON vr.verdict_id = v.id AND vr.decision = 'APPROVED'
    WHERE v.pledge_id = p.id AND vr.reviewed_at <= ${publishedBy}
    ORDER BY vr.reviewed_at DESC, v.id DESC
    LIMIT 1
  ) cv ON TRUE`;

export const VERDICT_COLUMNS = Prisma.raw(
  `cv.id AS verdict_id, cv.rating AS verdict_rating, cv.reasoning_ko AS verdict_reasoning_ko,
   cv.reasoning_en AS verdict_reasoning_en, cv.reviewed_at AS verdict_published_at,
   cv.unreviewed AS verdict_unreviewed, cv.corrected AS verdict_corrected`,
);

export interface VerdictRow {
  verdict_id: number | null;
  verdict_rating: VerdictRating | null;
  verdict_reasoning_ko: string | null;
  verdict_reasoning_en: string | null;
  verdict_published_at: Date | null;
  verdict_unreviewed: boolean | null;
  verdict_corrected: boolean | null;
}

export function toVerdictSummary(row: VerdictRow): VerdictSummary | null {
  if (row.verdict_id === null || row.verdict_rating === null) return null;
  return {
    id: row.verdict_id,
    rating: row.verdict_rating,
    reasoningKo: row.verdict_reasoning_ko ?? '',
    reasoningEn: row.verdict_reasoning_en ?? '',
    publishedAt: row.verdict_published_at!.toISOString(),
    corrected: row.verdict_corrected === true,
    unreviewed: row.verdict_unreviewed === true,
  };
}

/** The verdict in force at `publishedBy` on each of these pledges (a page's worth) that has one. */
export async function readVerdictsInForce(
  db: PrismaClient,
  pledgeSlugs: readonly string[],
  publishedBy: Date,
  options: { evidence?: boolean } = {},
): Promise<Map<string, VerdictSummary>> {
  if (pledgeSlugs.length === 0) return new Map();
  const rows = await db.$queryRaw<(VerdictRow & { slug: string })[]>`
    SELECT p.slug, ${VERDICT_COLUMNS}
      FROM pledge p ${VERDICT_IN_FORCE(publishedBy)}
     WHERE p.slug = ANY(${[...pledgeSlugs]}::text[])`;
  const verdicts = new Map(
    rows.flatMap((row) => {
      const verdict = toVerdictSummary(row);
      return verdict ? [[row.slug, verdict] as const] : [];
    }),
  );
  if (options.evidence) {
    const evidence = await readVerdictEvidence(
      db,
      [...verdicts.values()].map((verdict) => verdict.id),
    );
    for (const verdict of verdicts.values()) verdict.evidence = evidence.get(verdict.id) ?? [];
  }
  return verdicts;
}
