import type { Prisma } from '../../generated/prisma/client.ts';
import type {
  AdministrationRef,
  FigureRecord,
  IndicatorRecord,
  PledgeRecord,
  SourceRef,
  ThemeRef,
} from '../../domain/records.ts';
import {
  fromDbDate,
  fromDbDecimal,
  fromDbOptionalPreciseDate,
  fromDbPreciseDate,
} from '../database/prisma-values.ts';
import { currentRevision } from './current-revision.ts';

/** Prisma `include` shapes and their conversion to the plain records of lib/domain/records.ts. */

export const figureInclude = {
  indicator: { select: { slug: true } },
  revisions: currentRevision,
} satisfies Prisma.FigureInclude;

export const pledgeInclude = {
  indicator: { select: { slug: true } },
  administration: true,
  supersedes: { select: { slug: true } },
  supersededBy: { select: { slug: true } },
  revisions: currentRevision,
} satisfies Prisma.PledgeInclude;

export const indicatorInclude = { theme: true } satisfies Prisma.IndicatorInclude;

type SourceRow = Prisma.SourceGetPayload<object>;
type FigureRow = Prisma.FigureGetPayload<{ include: typeof figureInclude }>;
type PledgeRow = Prisma.PledgeGetPayload<{ include: typeof pledgeInclude }>;
type IndicatorRow = Prisma.IndicatorGetPayload<{ include: typeof indicatorInclude }>;
type ThemeRow = Prisma.ThemeGetPayload<object>;
type AdministrationRow = Prisma.AdministrationGetPayload<object>;

export function toSourceRef(row: SourceRow): SourceRef {
  return {
    slug: row.slug,
    title: row.title,
    publisher: row.publisher,
    publisherInferred: row.publisherInferred,
    publisherNote: row.publisherNote,
    publishedOn: fromDbPreciseDate(row.publishedOn, row.publishedPrecision),
    publishedInferred: row.publishedInferred,
    dateNote: row.dateNote,
    author: row.author,
    url: row.url,
  };
}

export function toThemeRef(row: ThemeRow): ThemeRef {
  return { slug: row.slug, nameKo: row.nameKo, nameEn: row.nameEn, sortOrder: row.sortOrder };
}

export function toAdministrationRef(row: AdministrationRow): AdministrationRef {
  return {
    slug: row.slug,
    nameKo: row.nameKo,
    nameEn: row.nameEn,
    mayorKo: row.mayorKo,
    mayorEn: row.mayorEn,
    termStart: fromDbDate(row.termStart),
    termEnd: fromDbDate(row.termEnd),
  };
}

export function toIndicatorRecord(row: IndicatorRow): IndicatorRecord {
  return {
    slug: row.slug,
    nameKo: row.nameKo,
    nameEn: row.nameEn,
    descriptionKo: row.descriptionKo,
    descriptionEn: row.descriptionEn,
    unit: row.unit,
    measure: row.measure,
    higherIsBetter: row.higherIsBetter,
    theme: toThemeRef(row.theme),
  };
}

/** Null only for a figure without any revision, which the seed loader and editing never create. */
export function toFigureRecord(row: FigureRow): FigureRecord | null {
  const current = row.revisions[0];
  if (!current) return null;
  return {
    slug: row.slug,
    indicatorSlug: row.indicator.slug,
    value: fromDbDecimal(current.value),
    observedOn: fromDbPreciseDate(current.observedOn, current.observedPrecision),
    quote: current.quote,
    noteKo: current.noteKo,
    noteEn: current.noteEn,
    revision: current.revision,
    source: toSourceRef(current.source),
  };
}

export function toPledgeRecord(row: PledgeRow): PledgeRecord | null {
  const current = row.revisions[0];
  if (!current) return null;
  return {
    slug: row.slug,
    kind: row.kind,
    indicatorSlug: row.indicator.slug,
    titleKo: current.titleKo,
    titleEn: current.titleEn,
    targetValue: current.targetValue === null ? null : fromDbDecimal(current.targetValue),
    deadline: fromDbOptionalPreciseDate(current.deadlineOn, current.deadlinePrecision),
    deadlineInferred: current.deadlineInferred,
    baseline:
      current.baselineValue && current.baselineOn && current.baselinePrecision
        ? {
            value: fromDbDecimal(current.baselineValue),
            on: fromDbPreciseDate(current.baselineOn, current.baselinePrecision),
            assumed: current.baselineAssumed,
          }
        : null,
    announcedOn: fromDbPreciseDate(current.announcedOn, current.announcedPrecision),
    quote: current.quote,
    noteKo: current.noteKo,
    noteEn: current.noteEn,
    revision: current.revision,
    administration: toAdministrationRef(row.administration),
    source: toSourceRef(current.source),
    supersedesSlug: row.supersedes?.slug ?? null,
    supersededBySlug: row.supersededBy?.slug ?? null,
  };
}

export function isPresent<T>(value: T | null): value is T {
  return value !== null;
}
