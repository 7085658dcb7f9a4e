import 'server-only';
import { isDuplicateKeyError } from '../database/is-duplicate-key-error.ts';
import { ConflictError } from './mutation-errors.ts';

/** How a correction's conflicts name a figure or a pledge and show its latest revision. */
export interface RevisionHistory<Row extends { revision: number }> {
  /** "Figure" or "Pledge", as the conflict's message names the record. */
  label: string;
  slug: string;
  /** What a conflict shows the person of a revision, as plain data. */
  toCurrent: (row: Row) => Record<string, unknown>;
  /** Reads the latest revision again, outside the correction's rolled-back transaction. */
  findLatest: () => Promise<Row | null>;
}

/**
 * A correction is made on the revision its form showed: if a newer one exists, someone else
 * corrected the record meanwhile, and this one is refused (409) with what is stored now instead of
 * silently writing over it. Checked before the content, so a stale form hears that first.
 */
export function refuseStaleBase<Row extends { revision: number }>(
  history: RevisionHistory<Row>,
  latest: Row,
  baseRevision: number,
): void {
  if (latest.revision === baseRevision) return;
  throw new ConflictError(
    'stale-revision',
    `${history.label} ${history.slug} was corrected (revision ${latest.revision}) after this form was opened at revision ${baseRevision}.`,
    history.toCurrent(latest),
  );
}

/**
 * Appends revision n+1 with `insert`. Two corrections that both read revision n race for n+1: the
 * unique (id, revision) pair lets one insert win, and the other is refused like a stale form, with
 * the winner's revision (read once its transaction has rolled back). Returns the new revision.
 */
export async function appendRevision<Row extends { revision: number }>(
  history: RevisionHistory<Row>,
  latest: Row,
  insert: (revision: number) => Promise<unknown>,
): Promise<number> {
  const revision = latest.revision + 1;
  try {
    await insert(revision);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw new ConflictError(
      'stale-revision',
      `${history.label} ${history.slug} was corrected by someone else meanwhile.`,
      null,
      async () => {
        const row = await history.findLatest();
        return row ? history.toCurrent(row) : null;
      },
    );
  }
  return revision;
}
