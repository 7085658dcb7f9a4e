import 'server-only';
import { unitLabel } from '../../domain/format-value.ts';
import { UNITS, type Locale } from '../../domain/types.ts';
import { staffData } from './staff-data.ts';
import { localized } from '../../domain/localized.ts';

/** The themes and unit names the indicator form offers, in the page's language. */
export async function listIndicatorFormOptions(locale: Locale) {
  const themes = await staffData.listThemes();
  return {
    themes: themes.map((theme) => ({
      slug: theme.slug,
      label: localized(theme, 'name', locale),
    })),
    unitLabels: Object.fromEntries(
      UNITS.map((unit) => [unit, `${unitLabel(unit, locale)} (${unit})`]),
    ),
  };
}
