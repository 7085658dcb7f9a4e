import 'server-only';
import type { FormOption } from '../../domain/form-option.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import type { Locale, Unit } from '../../domain/types.ts';
import { staffData } from './staff-data.ts';
import { localized } from '../../domain/localized.ts';

/** The choices staff forms offer: indicators by name (with unit) and sources newest first. */
export async function listFormOptions(locale: Locale): Promise<{
  indicators: (FormOption & { unit: Unit })[];
  sources: FormOption[];
  administrations: FormOption[];
  pledges: FormOption[];
}> {
  const [indicators, sources, administrations, pledges] = await Promise.all([
    staffData.listIndicators(),
    staffData.listSources(),
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
    indicators: indicators.map((indicator) => ({
      slug: indicator.slug,
      unit: indicator.unit,
      label: `${localized(indicator, 'name', locale)} (${indicator.slug})`,
    })),
    sources: [...sources]
      .sort((a, b) => b.publishedOn.date.localeCompare(a.publishedOn.date))
      .map((source) => ({
        slug: source.slug,
        label: `${formatPreciseDate(source.publishedOn, locale)} · ${source.publisher} · ${source.title.length > 60 ? `${source.title.slice(0, 59)}…` : source.title}`,
      })),
  };
}
