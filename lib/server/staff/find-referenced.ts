import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { FieldIssue } from '../../domain/api-error.ts';

/**
 * The lookups a new record's form needs, each adding its field's issue when it fails, so one
 * refusal names every wrong field: the records it refers to must exist, and a slug staff chose
 * must be free.
 */

type Tx = Prisma.TransactionClient;

/** The indicator a figure or pledge is about, or null with 'unknown-indicator'. */
export async function findReferencedIndicator(tx: Tx, slug: string, issues: FieldIssue[]) {
  const indicator = await tx.indicator.findUnique({
    where: { slug },
    select: { id: true, unit: true },
  });
  if (!indicator)
    issues.push({ field: 'indicator', code: 'unknown-indicator', params: { input: slug } });
  return indicator;
}

/** The source a figure or pledge cites, or null with 'unknown-source'. */
export async function findReferencedSource(tx: Tx, slug: string, issues: FieldIssue[]) {
  const source = await tx.source.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!source) issues.push({ field: 'source', code: 'unknown-source', params: { input: slug } });
  return source;
}

/** Adds 'slug-taken' when staff chose a slug a record of that kind already has. */
export async function checkSlugFree(
  tx: Tx,
  kind: 'figure' | 'source' | 'pledge' | 'indicator',
  slug: string | null,
  issues: FieldIssue[],
): Promise<void> {
  if (!slug) return;
  const delegate = tx[kind] as unknown as {
    findUnique: (args: object) => Promise<{ id: number } | null>;
  };
  if (await delegate.findUnique({ where: { slug }, select: { id: true } }))
    issues.push({ field: 'slug', code: 'slug-taken', params: { input: slug } });
}
