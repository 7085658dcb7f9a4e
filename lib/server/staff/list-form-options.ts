import 'server-only';
import type { FormOption } from '../../domain/form-option.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import type { IndicatorRecord } from '../../domain/records.ts';
import type { Locale, Unit } from '../../domain/types.ts';
import { staffData } from './staff-data.ts';
import { localized } from '../../domain/localized.ts';

/**
 * The choices staff forms offer, each list read only by the forms that show it. These are whole
 * tables, but never figures: every indicator and source (the figure and pledge forms' selects)
 * and every pledge (what a new pledge may supersede).
 */

/** An indicator as a form names it: by name with its slug, and its unit. */
export function toIndicatorOption(
  indicator: IndicatorRecord,
  locale: Locale,
): FormOption & { unit: Unit } {
  return {
    slug: indicator.slug,
    unit: indicator.unit,
    label: `${localized(indicator, 'name', locale)} (${indicator.slug})`,
  };
}

/** Every indicator by name, with its unit. */
export async function listIndicatorOptions(
  locale: Locale,
): Promise<(FormOption & { unit: Unit })[]> {
  return (await staffData.listIndicators()).map((indicator) =>
    toIndicatorOption(indicator, locale),
  );
}

/** Every source, newest first. */
export async function listSourceOptions(locale: Locale): Promise<FormOption[]> {
  return (await staffData.listSources()).map((source) => ({
    slug: source.slug,
    label: `${formatPreciseDate(source.publishedOn, locale)} · ${source.publisher} · ${source.title.length > 60 ? `${source.title.slice(0, 59)}…` : source.title}`,
  }));
}

/** Everything the new-pledge form offers. */
export async function listFormOptions(locale: Locale): Promise<{
  indicators: (FormOption & { unit: Unit })[];
  sources: FormOption[];
  administrations: FormOption[];
  pledges: FormOption[];
}> {
  const [indicators, sources, administrations, pledges] = await Promise.all([
    listIndicatorOptions(locale),
    listSourceOptions(locale),
    staffData.listAdministrations(),
    staffData.listPledges(),
  ]);
  return {
    administrations: administrations.map((admin) => ({
      slug: admin.slug,
      label: `${localized(admin, 'name', locale)} · ${localized(admin, 'mayor', locale)} (${admin.termStart.slice(0, 4)}–${admin.termEnd.slice(0, 4)})`,
    })),
    pledges: pledges.map((pledge) => ({
      slug: pledge.slug,
      label: `${localized(pledge, 'title', locale)} (${pledge.slug})`,
    })),
    indicators,
    sources,
  };
}
