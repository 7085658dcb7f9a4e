/**
 * The rule every read of a figure or pledge follows: revisions are append-only and numbered
 * 1, 2, …, and the current one is the highest. Prisma reads it with these `include` shapes; the
 * SQL of the bulk reads (current-figures.ts) says the same with ORDER BY revision DESC LIMIT 1,
 * through the (id, revision) unique index.
 */

/** The current revision alone, e.g. to compare with or number the next one. */
export const latestRevision = {
  orderBy: { revision: 'desc' },
  take: 1,
} as const;

/** The current revision with its source, as pages and the API show it. */
export const currentRevision = { ...latestRevision, include: { source: true } } as const;

/**
 * The revision that was current at `recordedBy` (what the dashboard showed then): the latest one
 * saved by that moment. A figure or pledge with none yet did not exist then and is left out.
 */
export function revisionCurrentAt(recordedBy: Date | undefined) {
  return recordedBy
    ? { ...currentRevision, where: { createdAt: { lte: recordedBy } } }
    : currentRevision;
}
