import 'server-only';
import { unitLabel } from '../../domain/format-value.ts';
import { UNITS, type Locale } from '../../domain/types.ts';
import { dashboard } from '../dashboard.ts';

/** The themes and unit names the indicator form offers, in the page's language. */
export async function listIndicatorFormOptions(locale: Locale) {
  const themes = await dashboard.listThemes();
  return {
    themes: themes.map((theme) => ({
      slug: theme.slug,
      label: locale === 'ko' ? theme.nameKo : theme.nameEn,
    })),
    unitLabels: Object.fromEntries(
      UNITS.map((unit) => [unit, `${unitLabel(unit, locale)} (${unit})`]),
    ),
  };
}
