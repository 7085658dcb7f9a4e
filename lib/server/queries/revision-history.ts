import 'server-only';
import type { RevisionMeta } from '../../domain/records.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import { listAuthorNames } from './list-author-names.ts';
import { indicatorInclude, toSourceRef } from './to-records.ts';

/** What a figure's or pledge's history reads: the record's indicator and every revision, oldest first. */
export const historySelect = {
  slug: true,
  indicator: { include: indicatorInclude },
  revisions: { orderBy: { revision: 'asc' }, include: { source: true } },
} as const;

interface RevisionRow {
  revision: number;
  source: Parameters<typeof toSourceRef>[0];
  quote: string;
  reason: string | null;
  createdBy: string;
  createdAt: Date;
}

/**
 * Revisions as a history shows them: what each said (`toContent`, the part that differs between
 * figures and pledges), then its source and quote, the reason, who saved it (a staff member's
 * name; null for the seed's own) and when.
 */
export async function toRevisionHistory<Row extends RevisionRow, Content>(
  db: PrismaClient,
  rows: readonly Row[],
  toContent: (row: Row) => Content,
): Promise<(Content & RevisionMeta)[]> {
  const authors = await listAuthorNames(
    db,
    rows.map((row) => row.createdBy),
  );
  return rows.map((row) => ({
    revision: row.revision,
    ...toContent(row),
    source: toSourceRef(row.source),
    quote: row.quote,
    reason: row.reason,
    authorName: authors.get(row.createdBy) ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
