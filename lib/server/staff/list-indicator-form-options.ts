import 'server-only';
import { unitLabel } from '../../domain/format-value.ts';
import { UNITS, type Locale } from '../../domain/types.ts';
import { dashboard } from '../dashboard.ts';
import { localized } from '../../domain/localized.ts';

/** The themes and unit names the indicator form offers, in the page's language. */
export async function listIndicatorFormOptions(locale: Locale) {
  const themes = await dashboard.listThemes();
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
