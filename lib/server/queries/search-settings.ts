import { z } from 'zod';

/**
 * The search's one setting: how long the quotes' query may run before the search answers without
 * quotes (`complete: false`). No `server-only` import: scripts/start.ts reads it before anything
 * starts, so a bad value stops `npm start` with the variable's name.
 *
 * 80 ms keeps a search "well under 100 ms" at ten million figures on two cores. A test server on a
 * loaded machine raises it (playwright.config.ts), so a search's quotes do not depend on how busy
 * the machine happens to be.
 */
const settingsSchema = z.object({
  PLEDGEBOARD_SEARCH_QUOTE_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(10, 'must be at least 10')
    .max(60_000, 'must be at most 60000')
    .default(80),
});

export interface SearchSettings {
  /** The quotes' statement timeout, in milliseconds. */
  quoteTimeoutMs: number;
}

export function readSearchSettings(
  env: Record<string, string | undefined> = process.env,
): SearchSettings {
  const value = env.PLEDGEBOARD_SEARCH_QUOTE_MS;
  const parsed = settingsSchema.safeParse({
    PLEDGEBOARD_SEARCH_QUOTE_MS: value === '' ? undefined : value,
  });
  if (!parsed.success) {
    throw new Error(
      `Invalid search setting: ${parsed.error.issues
        .map((issue) => `PLEDGEBOARD_SEARCH_QUOTE_MS=${JSON.stringify(value)} ${issue.message}`)
        .join('; ')}`,
    );
  }
  return { quoteTimeoutMs: parsed.data.PLEDGEBOARD_SEARCH_QUOTE_MS };
}
