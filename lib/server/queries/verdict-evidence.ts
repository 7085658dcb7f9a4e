import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { VerdictEvidenceRecord } from '../../domain/records.ts';
import type { DatePrecision } from '../../domain/types.ts';
import { SOURCE_COLUMNS, toSourceRef, type SourceRow } from './sql-records.ts';

interface EvidenceRow extends SourceRow {
  verdict_id: number;
  quote: string;
  evidence_on: string;
  evidence_precision: DatePrecision;
}

/**
 * The evidence of the given verdicts, in order, with its sources: the verdicts in force on the
 * pledges a page or file shows (at most one per pledge, so bounded by the pledges asked for),
 * read in one query by primary key.
 */
export async function readVerdictEvidence(
  db: PrismaClient,
  verdictIds: readonly number[],
): Promise<Map<number, VerdictEvidenceRecord[]>> {
  const byVerdict = new Map<number, VerdictEvidenceRecord[]>();
  if (verdictIds.length === 0) return byVerdict;
  const rows = await db.$queryRaw<EvidenceRow[]>`
    SELECT e.verdict_id, e.quote, e.evidence_on::text AS evidence_on,
           e.evidence_precision::text AS evidence_precision, ${SOURCE_COLUMNS}
      FROM verdict_evidence e JOIN source s ON s.id = e.source_id
     WHERE e.verdict_id = ANY(${[...new Set(verdictIds)]}::int[])
     ORDER BY e.verdict_id, e.position`;
  for (const row of rows) {
    const list = byVerdict.get(row.verdict_id) ?? [];
    list.push({
      source: toSourceRef(row),
      quote: row.quote,
      on: { date: row.evidence_on, precision: row.evidence_precision },
    });
    byVerdict.set(row.verdict_id, list);
  }
  return byVerdict;
}
