import 'server-only';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import type { Locale, Unit } from '../../domain/types.ts';
import { dashboard } from '../dashboard.ts';

export interface FormOption {
  slug: string;
  label: string;
}

/** The choices staff forms offer: indicators by name (with unit) and sources newest first. */
export async function listFormOptions(locale: Locale): Promise<{ indicators: (FormOption & { unit: Unit })[]; sources: FormOption[] }> {
  const [indicators, sources] = await Promise.all([dashboard.listIndicators(), dashboard.listSources()]);
  return {
    indicators: indicators.map((indicator) => ({
      slug: indicator.slug,
      unit: indicator.unit,
      label: `${locale === 'ko' ? indicator.nameKo : indicator.nameEn} (${indicator.slug})`,
    })),
    sources: [...sources]
      .sort((a, b) => b.publishedOn.date.localeCompare(a.publishedOn.date))
      .map((source) => ({
        slug: source.slug,
        label: `${formatPreciseDate(source.publishedOn, locale)} · ${source.publisher} · ${source.title.length > 60 ? `${source.title.slice(0, 59)}…` : source.title}`,
      })),
  };
}
