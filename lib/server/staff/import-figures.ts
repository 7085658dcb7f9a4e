import 'server-only';
import { z } from 'zod';
import { canImport, parseFigureImport } from '../../domain/figure-import.ts';
import {
  DEFAULT_IMPORT_LIMITS,
  type FigureImportContext,
  type FigureImportResult,
} from '../../domain/import-columns.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { isDuplicateKeyError } from '../database/is-duplicate-key-error.ts';
import { fromDbDate, fromDbDecimal, toDbDate } from '../database/prisma-values.ts';
import { readLimitedBody } from '../http/read-limited-body.ts';
import { defineMutation } from './define-mutation.ts';
import { ConflictError, InvalidInputError } from './mutation-errors.ts';
import { latestRevision } from '../queries/current-revision.ts';

const importSchema = z.object({ bytes: z.instanceof(Uint8Array), dryRun: z.boolean() });

/**
 * POST /api/staff/imports/figures[?dryRun=1] — a CSV of reported figures (UTF-8 with or without
 * BOM, or CP949 from Korean Excel) as the request body. The dry run answers every row's result and
 * every problem with row, column and reason. The real import checks the file again against the
 * data as it is now, inside the transaction, and writes every new row or none.
 */
export const importFigures = defineMutation({
  action: 'import.figures',
  role: 'editor',
  input: importSchema,
  // The limit is checked on the bytes before anything is parsed; a larger body is refused unread.
  maxBodyBytes: DEFAULT_IMPORT_LIMITS.maxBytes,
  readBody: async (request) => ({
    // One byte over the limit is enough for the parser to report "too large" with the limit.
    bytes:
      (await readLimitedBody(request, DEFAULT_IMPORT_LIMITS.maxBytes)) ??
      new Uint8Array(DEFAULT_IMPORT_LIMITS.maxBytes + 1),
    dryRun: new URL(request.url).searchParams.get('dryRun') === '1',
  }),
  async run({ input, actor, tx }) {
    const { context, ids } = await loadImportContext(tx);
    const result = parseFigureImport(input.bytes, context);
    const summary = summarize(result);
    if (input.dryRun) {
      return {
        body: { dryRun: true, importable: canImport(result), summary, result },
        target: null,
        details: { dryRun: true, ...summary },
      };
    }
    if (!canImport(result)) {
      throw new InvalidInputError([{ field: 'file', code: 'import-has-errors' }], {
        summary,
        result,
      });
    }
    const created: string[] = [];
    try {
      for (const row of result.rows) {
        if (row.status !== 'new' || !row.figure) continue;
        const figure = row.figure;
        await tx.figure.create({
          data: {
            slug: figure.slug,
            indicatorId: ids.indicator.get(figure.indicator)!,
            revisions: {
              create: {
                revision: 1,
                value: new Prisma.Decimal(figure.value),
                observedOn: toDbDate(figure.observedOn),
                observedPrecision: figure.precision,
                sourceId: ids.source.get(figure.source)!,
                quote: figure.quote,
                noteKo: figure.noteKo,
                noteEn: figure.noteEn,
                createdBy: actor.id,
              },
            },
          },
        });
        created.push(figure.slug);
      }
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
    return {
      status: 201,
      body: { dryRun: false, imported: created.length, summary, created },
      target: { type: 'import', slug: `${created.length}-figures` },
      details: { ...summary, created, encoding: result.encoding ?? null },
    };
  },
});

/**
 * What the file is checked against, read once inside the import's transaction, with the ids the
 * writes need (a row is only `new` when its indicator and source are among these).
 */
async function loadImportContext(tx: Prisma.TransactionClient): Promise<{
  context: FigureImportContext;
  ids: { indicator: Map<string, number>; source: Map<string, number> };
}> {
  const [indicators, sources, figures] = await Promise.all([
    tx.indicator.findMany({ select: { id: true, slug: true, unit: true } }),
    tx.source.findMany({ select: { id: true, slug: true } }),
    tx.figure.findMany({
      select: {
        slug: true,
        indicator: { select: { slug: true } },
        revisions: {
          ...latestRevision,
          select: { value: true, observedOn: true, observedPrecision: true },
        },
      },
    }),
  ]);
  const context: FigureImportContext = {
    indicators: new Map(indicators.map((row) => [row.slug, { unit: row.unit }])),
    sources: new Set(sources.map((row) => row.slug)),
    figureSlugs: new Set(figures.map((row) => row.slug)),
    existing: figures.flatMap((row) => {
      const latest = row.revisions[0];
      return latest
        ? [
            {
              slug: row.slug,
              indicator: row.indicator.slug,
              observedOn: fromDbDate(latest.observedOn),
              precision: latest.observedPrecision,
              value: fromDbDecimal(latest.value),
            },
          ]
        : [];
    }),
  };
  return {
    context,
    ids: {
      indicator: new Map(indicators.map((row) => [row.slug, row.id])),
      source: new Map(sources.map((row) => [row.slug, row.id])),
    },
  };
}

function summarize(result: FigureImportResult) {
  const count = (status: string) => result.rows.filter((row) => row.status === status).length;
  return {
    rows: result.rows.length,
    new: count('new'),
    duplicate: count('duplicate'),
    error: count('error'),
    fileErrors: result.fileErrors.length,
  };
}
