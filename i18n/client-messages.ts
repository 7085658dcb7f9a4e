import type { AbstractIntlMessages } from 'next-intl';

/**
 * The messages the browser gets: only the namespaces client components read. Left to itself,
 * next-intl's NextIntlClientProvider passes every message to the client, inside each page's RSC
 * payload: 55 kB of JSON, escaped once more as a script string, on every page — 41 kB of the
 * seed overview's 230 kB, 60 % of a pledge page's. `tooling/client-messages.test.ts` walks
 * every 'use client' module and what it imports and fails when one reads a namespace not listed.
 */
export const PUBLIC_CLIENT_NAMESPACES = [
  'common',
  'downloads',
  'error',
  'indicator',
  'progress',
  'reportCards',
  'share',
  'site',
  'tracker',
  'verdicts',
] as const;

/** Staff pages' forms read these too (staff/layout.tsx gives them). */
export const STAFF_CLIENT_NAMESPACES = [
  ...PUBLIC_CLIENT_NAMESPACES,
  'staff',
  'staffImport',
] as const;

/** `messages` with only the top-level `namespaces`. */
export function pickMessages(
  messages: AbstractIntlMessages,
  namespaces: readonly string[],
): AbstractIntlMessages {
  return Object.fromEntries(
    namespaces.flatMap((namespace) =>
      messages[namespace] === undefined ? [] : [[namespace, messages[namespace]]],
    ),
  );
}
