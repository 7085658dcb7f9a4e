import { Prisma } from '../../generated/prisma/client.ts';
import type { IndicatorRecord, SourceRef } from '../../domain/records.ts';
import type { DatePrecision, Measure, Unit } from '../../domain/types.ts';

/**
 * The pieces the raw-SQL reads share: a source's columns under the names SourceRow gives them,
 * their conversion to a SourceRef, and numeric text as records hold it. Queries select dates as
 * text (`::text`), which is already the ISO form records carry: no time zone can shift a day.
 */

export interface SourceRow {
  source_slug: string;
  source_title: string;
  publisher: string;
  publisher_inferred: boolean;
  publisher_note: string | null;
  published_on: string;
  published_precision: DatePrecision;
  published_inferred: boolean;
  date_note: string | null;
  author: string | null;
  url: string | null;
}

/** The columns of `source s` as SourceRow names them. */
export const SOURCE_COLUMNS = Prisma.sql`
  s.slug AS source_slug, s.title AS source_title, s.publisher, s.publisher_inferred, s.publisher_note,
  s.published_on::text AS published_on, s.published_precision::text AS published_precision,
  s.published_inferred, s.date_note, s.author, s.url`;

export function toSourceRef(row: SourceRow): SourceRef {
  return {
    slug: row.source_slug,
    title: row.source_title,
    publisher: row.publisher,
    publisherInferred: row.publisher_inferred,
    publisherNote: row.publisher_note,
    publishedOn: { date: row.published_on, precision: row.published_precision },
    publishedInferred: row.published_inferred,
    dateNote: row.date_note,
    author: row.author,
    url: row.url,
  };
}

/** numeric(24,6) as text carries six decimals ("619200000000.000000"); records hold the plain value. */
export function normalizeNumeric(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

export interface IndicatorRow {
  indicator_slug: string;
  indicator_name_ko: string;
  indicator_name_en: string;
  description_ko: string;
  description_en: string;
  unit: Unit;
  measure: Measure;
  higher_is_better: boolean;
  theme_slug: string;
  theme_name_ko: string;
  theme_name_en: string;
  theme_sort_order: number;
}

/** The columns of `indicator i` and its `theme t` as IndicatorRow names them. */
export const INDICATOR_COLUMNS = Prisma.sql`
  i.slug AS indicator_slug, i.name_ko AS indicator_name_ko, i.name_en AS indicator_name_en,
  i.description_ko, i.description_en, i.unit::text AS unit, i.measure::text AS measure,
  i.higher_is_better, t.slug AS theme_slug, t.name_ko AS theme_name_ko,
  t.name_en AS theme_name_en, t.sort_order AS theme_sort_order`;

export function toIndicatorRecord(row: IndicatorRow): IndicatorRecord {
  return {
    slug: row.indicator_slug,
    nameKo: row.indicator_name_ko,
    nameEn: row.indicator_name_en,
    descriptionKo: row.description_ko,
    descriptionEn: row.description_en,
    unit: row.unit,
    measure: row.measure,
    higherIsBetter: row.higher_is_better,
    theme: {
      slug: row.theme_slug,
      nameKo: row.theme_name_ko,
      nameEn: row.theme_name_en,
      sortOrder: row.theme_sort_order,
    },
  };
}
