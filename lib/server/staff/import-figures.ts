import 'server-only';
import { z } from 'zod';
import type {
  FigureImportAnswer,
  FigureImportResult,
  ImportSummary,
} from '../../domain/import-columns.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { isDuplicateKeyError } from '../database/is-duplicate-key-error.ts';
import { readLimitedBody } from '../http/read-limited-body.ts';
import { limitConcurrency } from '../limit-concurrency.ts';
import { defineMutation } from './define-mutation.ts';
import { getImportSettings } from './import-settings.ts';
import { listStagedImport } from './list-staged-import.ts';
import { ConflictError, InvalidInputError } from './mutation-errors.ts';
import { reconcileStagedImport } from './reconcile-staged-import.ts';
import { stageImportRows } from './stage-import-rows.ts';

const importSchema = z.object({ bytes: z.instanceof(Uint8Array), dryRun: z.boolean() });

// Imports of this process take turns past this gate (PLEDGEBOARD_IMPORT_CONCURRENCY at once).
const importGate = limitConcurrency(() => getImportSettings().concurrency);

// Reconciling and writing take this transaction-level lock, so two imports never both give the
// same slug or both add the same indicator and date; reading and staging run side by side.
const IMPORT_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('pledgeboard.figure-import'))::text`;

/**
 * POST /api/staff/imports/figures[?dryRun=1] — a CSV of reported figures (UTF-8 with or without
 * BOM, or CP949 from Korean Excel) as the request body. The dry run answers the counts of every
 * row's result and lists the first problems (PLEDGEBOARD_IMPORT_MAX_LISTED_ISSUES) with row,
 * column and reason. The real import checks the file again against the data as it is now,
 * inside the transaction, and writes every new row or none.
 *
 * Sized for statistics tables (import-settings.ts): the file is read a slice at a time, letting
 * other requests run in between; rows go through the `figure_import_row` staging table, are
 * compared in SQL and inserted with INSERT … SELECT, so memory and the answer stay bounded.
 */
export const importFigures = defineMutation({
  action: 'import.figures',
  role: 'editor',
  input: importSchema,
  readBody: async (request) => {
    const { maxBytes } = getImportSettings().limits;
    return {
      // The limit is checked on the bytes before anything is parsed; a larger body is refused
      // unread. One byte over the limit is enough to report "too large" with the limit.
      bytes: (await readLimitedBody(request, maxBytes)) ?? new Uint8Array(maxBytes + 1),
      dryRun: new URL(request.url).searchParams.get('dryRun') === '1',
    };
  },
  transaction: () => ({ timeoutMs: getImportSettings().transactionTimeoutMs, gate: importGate }),
  async run({ input, actor, tx }) {
    const { limits, maxListedIssues } = getImportSettings();
    const importId = crypto.randomUUID();
    const staged = await stageImportRows(
      tx,
      importId,
      input.bytes,
      await loadReferences(tx),
      limits,
      createPause(),
    );
    await tx.$queryRawUnsafe(IMPORT_LOCK_SQL);
    await reconcileStagedImport(tx, importId);
    const listed = await listStagedImport(tx, importId, staged.fileErrors, maxListedIssues);
    const { summary } = listed;
    const result: FigureImportResult = {
      ...(staged.encoding === undefined ? {} : { encoding: staged.encoding }),
      fileErrors: listed.fileErrors,
      rows: listed.rows,
    };
    const importable = isImportable(summary);
    if (input.dryRun) {
      await dropStagedRows(tx, importId);
      return {
        body: { dryRun: true, importable, summary, result } satisfies FigureImportAnswer,
        target: null,
        details: { dryRun: true, ...summary },
      };
    }
    if (!importable) {
      throw new InvalidInputError([{ field: 'file', code: 'import-has-errors' }], {
        summary,
        result,
      } satisfies Omit<FigureImportAnswer, 'dryRun'>);
    }
    const created = await insertStagedFigures(tx, importId, actor.id, maxListedIssues);
    await dropStagedRows(tx, importId);
    return {
      status: 201,
      body: {
        dryRun: false,
        imported: summary.new,
        summary,
        created,
      } satisfies FigureImportAnswer,
      target: { type: 'import', slug: `${summary.new}-figures` },
      // The log names the first figures made; every revision also records its author and time.
      details: { ...summary, created, encoding: result.encoding ?? null },
    };
  },
});

/** As canImport (figure-import.ts): no problem anywhere and something new to add. */
function isImportable(summary: ImportSummary): boolean {
  return summary.issues === 0 && summary.error === 0 && summary.new > 0;
}

/** The indicators and sources a row may name: reference data, a few hundred rows at most. */
async function loadReferences(tx: Prisma.TransactionClient) {
  const [indicators, sources] = await Promise.all([
    tx.indicator.findMany({ select: { slug: true, unit: true } }),
    tx.source.findMany({ select: { slug: true } }),
  ]);
  return {
    indicators: new Map(indicators.map((row) => [row.slug, { unit: row.unit }])),
    sources: new Set(sources.map((row) => row.slug)),
  };
}

/**
 * Every new row as a figure and its first revision: two INSERT … SELECT statements, the second
 * through figure_revision's own triggers and checks like any other revision. Answers the slugs
 * of the first `maxListed` figures made.
 */
async function insertStagedFigures(
  tx: Prisma.TransactionClient,
  importId: string,
  actorId: string,
  maxListed: number,
): Promise<string[]> {
  try {
    await tx.$executeRawUnsafe(
      `INSERT INTO figure (slug, indicator_id)
       SELECT s.out_slug, i.id
       FROM figure_import_row s JOIN indicator i ON i.slug = s.indicator
       WHERE s.import_id = $1::uuid AND s.status = 'new'
       ORDER BY s."row"`,
      importId,
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO figure_revision (figure_id, revision, value, observed_on, observed_precision,
         source_id, quote, note_ko, note_en, created_by)
       SELECT f.id, 1, s.value::numeric, s.observed_on, s.precision, so.id, s.quote, s.note_ko,
         s.note_en, $2
       FROM figure_import_row s
       JOIN figure f ON f.slug = s.out_slug
       JOIN source so ON so.slug = s.source
       WHERE s.import_id = $1::uuid AND s.status = 'new'
       ORDER BY s."row"`,
      importId,
      actorId,
    );
  } catch (error) {
    // Someone added one of these figures between the check and the write: nothing was kept.
    if (isDuplicateKeyError(error)) {
      throw new ConflictError(
        'import-changed',
        'The data changed while importing; nothing was imported. Run the check again.',
        null,
      );
    }
    throw error;
  }
  const created = await tx.$queryRawUnsafe<{ slug: string }[]>(
    `SELECT out_slug AS slug FROM figure_import_row
     WHERE import_id = $1::uuid AND status = 'new' ORDER BY "row" LIMIT $2`,
    importId,
    maxListed,
  );
  return created.map((row) => row.slug);
}

/** Staged rows live only within the import's transaction; a dry run commits its audit entry. */
async function dropStagedRows(tx: Prisma.TransactionClient, importId: string): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM figure_import_row WHERE import_id = $1::uuid`, importId);
}

/**
 * Yields to the event loop once `sliceMs` of work has passed since the last time, so a request
 * that arrives during a large import waits at most about that long for its turn.
 */
function createPause(sliceMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
