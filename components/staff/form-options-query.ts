import type { FormOptionKind, FormOptionList } from '@/lib/domain/form-option';
import type { Locale } from '@/lib/domain/types';

/**
 * The picker's matches for a text, from GET /api/staff/options (at most 20, best first). Kept a
 * minute like every query (components/providers.tsx), so typing back to an earlier text asks
 * nothing; a record added since shows after that minute or on the next page load.
 */
export function formOptionsQueryOptions(kind: FormOptionKind, text: string, locale: Locale) {
  return {
    queryKey: ['staff-form-options', kind, locale, text] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<FormOptionList['options']> => {
      const query = new URLSearchParams({ kind, q: text, lang: locale });
      const response = await fetch(`/api/staff/options?${query}`, {
        signal,
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`options request failed with ${response.status}`);
      return ((await response.json()) as FormOptionList).options;
    },
  };
}
