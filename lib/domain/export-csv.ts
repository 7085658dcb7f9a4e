import { escapeCsvCell, toCsvLine, UTF8_BOM, type CsvCell, type CsvFlavour } from './csv.ts';
import { normalizeDecimal } from './exact-decimal.ts';
import { EXPORT_HEADER, toFigureExportRow, toPledgeExportRow } from './export-rows.ts';
import { formatValue } from './format-value.ts';
import { precisionLabel, toPeriodText } from './precise-date.ts';
import type { PledgeStatus } from './pledge-status.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord, VerdictSummary } from './records.ts';
import type { Translators } from './translator.ts';

/**
 * About 32 KB of text per chunk: large enough that per-chunk stream overhead vanishes, small
 * enough that the string and its encoded bytes stay in V8's young generation and die there.
 * One chunk per 5,000-row batch (~1.4 MB) put every chunk in the large-object space, which is
 * only swept by full collections, and peak memory grew with the row count (bench/export-bench.ts).
 */
const CHUNK_CHARS = 32_000;

export interface ExportParts {
  indicators: readonly IndicatorRecord[];
  /** Figures in batches, as the database hands them over; only one batch is held at a time. */
  figureBatches: AsyncIterable<FigureRecord[]>;
  pledges: readonly {
    pledge: PledgeRecord;
    indicator: IndicatorRecord;
    status: PledgeStatus;
    verdict?: VerdictSummary | null;
  }[];
  /** The `progress` messages in each language, for the pledges' status labels and reasons. */
  progress: Translators;
  /** The `verdicts` messages in each language, for the verdicts' names. */
  verdicts: Translators;
}

/**
 * The export as CSV text, chunk by chunk: the header, every figure, then every pledge, in one of
 * the two flavours (csv.ts): CSV_FOR_EXCEL (BOM, formula guard) or CSV_FOR_SCRIPTS (values
 * exactly as stored).
 */
export async function* writeExportCsv(
  parts: ExportParts,
  flavour: CsvFlavour,
): AsyncGenerator<string> {
  yield `${flavour.bom ? UTF8_BOM : ''}${toCsvLine(EXPORT_HEADER)}`;
  const writeLine = createFigureLineWriter(parts.indicators, flavour.formulaGuard);
  for await (const batch of parts.figureBatches) {
    let text = '';
    for (const figure of batch) {
      text += writeLine(figure);
      if (text.length >= CHUNK_CHARS) {
        yield text;
        text = '';
      }
    }
    if (text !== '') yield text;
  }
  for (const { pledge, indicator, status, verdict } of parts.pledges)
    yield toCsvLine(
      toPledgeExportRow(pledge, indicator, status, parts.progress.ko, {
        summary: verdict ?? null,
        verdictsKo: parts.verdicts.ko,
      }),
      flavour.formulaGuard,
    );
}

/**
 * The CSV line of a figure, exactly as toCsvLine(toFigureExportRow(…)) writes it, built faster:
 * cells that only depend on the indicator or the source are escaped once per indicator and
 * source, and the row-level cells are computed without the intermediate record. On a
 * million-row export the generic path's allocations and re-escaping cost more than the database
 * read (bench/export-bench.ts). A test checks both paths write identical lines.
 */
export function createFigureLineWriter(
  indicators: readonly IndicatorRecord[],
  formulaGuard = true,
): (figure: FigureRecord) => string {
  const escape = (value: CsvCell) => escapeCsvCell(value, formulaGuard);
  const byIndicator = new Map(indicators.map((indicator) => [indicator.slug, indicator]));
  const indicatorPrefix = new Map<string, string>();
  const sourceParts = new Map<string, { inferred: string; columns: string }>();
  const column = (name: (typeof EXPORT_HEADER)[number]) => EXPORT_HEADER.indexOf(name);
  const [observedStart, pledgeStart, revisionAt, sourceStart, quoteAt, statusStart] = [
    column('value_exact'),
    column('pledge_slug'),
    column('revision'),
    column('source_title'),
    column('quote'),
    column('status'),
  ];
  const emptyPledgeColumns = ','.repeat(revisionAt - pledgeStart);
  const emptyStatusColumns = ','.repeat(EXPORT_HEADER.length - statusStart);
  const precisions = {
    DAY: precisionLabel('DAY', 'en'),
    MONTH: precisionLabel('MONTH', 'en'),
    YEAR: precisionLabel('YEAR', 'en'),
  };

  return (figure) => {
    const indicator = byIndicator.get(figure.indicatorSlug);
    if (!indicator)
      throw new Error(
        `Figure ${figure.slug} belongs to indicator ${figure.indicatorSlug}, which is not in the export.`,
      );
    let prefix = indicatorPrefix.get(indicator.slug);
    let source = sourceParts.get(figure.source.slug);
    if (prefix === undefined || source === undefined) {
      // The first figure of an indicator or source goes the generic way once, to cut the shared parts.
      const cells = toFigureExportRow(figure, indicator).map(escape);
      prefix ??= cells.slice(0, observedStart).join(',');
      source ??= {
        inferred: cells[pledgeStart - 1]!,
        columns: cells.slice(sourceStart, quoteAt).join(','),
      };
      indicatorPrefix.set(indicator.slug, prefix);
      sourceParts.set(figure.source.slug, source);
    }
    const value = normalizeDecimal(figure.value);
    return (
      `${prefix},${escape(value)},${escape(formatValue(value, indicator.unit, 'ko'))},` +
      `${toPeriodText(figure.observedOn)},${precisions[figure.observedOn.precision]},observed,${source.inferred},` +
      `${emptyPledgeColumns}${figure.revision},${source.columns},` +
      `${escape(figure.quote)},${escape(figure.noteKo)},${escape(figure.noteEn)}${emptyStatusColumns}\r\n`
    );
  };
}
