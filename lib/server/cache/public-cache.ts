import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readServerDatabaseUrl, readServerReadDatabaseUrl } from '../database/database-settings.ts';
import { todayInSeoul } from '../today.ts';
import { DataVersionWatcher } from './data-version-watcher.ts';

/**
 * What a shared cache (a CDN, a reverse proxy) may keep of the public pages, chart images, embeds,
 * downloads and API answers, and how it revalidates them.
 *
 * Everything public is a function of four things: the code (the build), the data (the data
 * version, raised by a trigger on every change staff make), today's date in Seoul (statuses are
 * computed as of today) and the address. Their combination is the weak ETag of every public
 * answer, known before anything is queried or rendered: a matching If-None-Match is answered 304
 * at once (proxy.ts for pages, `cachedResponse` for route handlers).
 */

const settingsSchema = z.object({
  /** How long a shared cache serves an answer without asking again (s-maxage). */
  PLEDGEBOARD_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  /** How long after that it may still serve it while it revalidates in the background. */
  PLEDGEBOARD_CACHE_STALE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** How often each server reads the data version besides listening for its notifications. */
  PLEDGEBOARD_DATA_VERSION_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
});

export type PublicCacheSettings = z.infer<typeof settingsSchema>;

/** The settings, validated: a bad value fails the first request loudly, naming the variable. */
export function readPublicCacheSettings(
  env: Record<string, string | undefined> = process.env,
): PublicCacheSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid cache setting: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')} ${issue.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}

/**
 * Browsers revalidate every time (max-age=0: a 304 costs a round trip and no rendering); shared
 * caches keep an answer for s-maxage and serve it stale while they refetch it.
 */
export function toPublicCacheControl(settings: PublicCacheSettings): string {
  return `public, max-age=0, s-maxage=${settings.PLEDGEBOARD_CACHE_SECONDS}, stale-while-revalidate=${settings.PLEDGEBOARD_CACHE_STALE_SECONDS}`;
}

/** When the data version cannot be confirmed, nothing may be kept. */
export const UNCACHED = 'private, no-store';

interface ProcessCache {
  settings: PublicCacheSettings;
  cacheControl: string;
  buildId: string;
  watcher: DataVersionWatcher;
}

/** DATABASE_READ_URL when it names another database than DATABASE_URL (as db.ts reads it). */
function readReplicaUrl(): string | undefined {
  const url = readServerReadDatabaseUrl();
  return url === readServerDatabaseUrl() ? undefined : url;
}

/**
 * One per process, on globalThis: the proxy and the route handlers are separate bundles with
 * separate module instances, and must share one listener and one notion of the version.
 */
function processCache(): ProcessCache {
  const slot = globalThis as { pledgeboardPublicCache?: ProcessCache };
  if (!slot.pledgeboardPublicCache) {
    const settings = readPublicCacheSettings();
    const pollMs = settings.PLEDGEBOARD_DATA_VERSION_POLL_MS;
    slot.pledgeboardPublicCache = {
      settings,
      cacheControl: toPublicCacheControl(settings),
      buildId: readBuildId(),
      // Past two missed polls a version is no longer trusted (5 s with the defaults).
      watcher: new DataVersionWatcher({
        url: readServerDatabaseUrl(),
        readUrl: readReplicaUrl(),
        pollMs,
        staleMs: 2 * pollMs + 1_000,
      }),
    };
  }
  return slot.pledgeboardPublicCache;
}

/**
 * `next build` writes a new id for every build. `next dev` rebuilds as files change, so each of
 * its processes gets an id of its own and a stale .next/BUILD_ID is never read.
 */
function readBuildId(): string {
  if (process.env.NODE_ENV === 'development') return `dev${Date.now().toString(36)}`;
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

export interface PublicCacheKey {
  etag: string;
  cacheControl: string;
}

/**
 * The validator of the answer at `address` (path and query), or null when the data version is
 * unknown (the database unreachable): then the answer must be built and sent uncached.
 */
export async function readPublicCacheKey(address: string): Promise<PublicCacheKey | null> {
  const cache = processCache();
  const version = await cache.watcher.read();
  if (version === null) return null;
  return {
    etag: toPublicEtag({ buildId: cache.buildId, version, date: todayInSeoul(), address }),
    cacheControl: cache.cacheControl,
  };
}

/** The data version this process knows is current, or null when it cannot be confirmed. */
export function readDataVersion(): Promise<string | null> {
  return processCache().watcher.read();
}

/**
 * Learns the data version from the database now: called after a staff change commits, so the
 * caches keyed on the version (pages, the tracker's and the overview's reads) move on in this
 * process before its answer, not a notification later.
 */
export function confirmDataVersion(): Promise<string | null> {
  return processCache().watcher.confirm();
}

/** Subscribes to the versions this process learns (the page snapshots drop older ones). */
export function onDataVersionChange(listener: (version: string) => void): () => void {
  return processCache().watcher.onChange(listener);
}

/**
 * Weak: the same data may be sent gzip-compressed or not, and a page is equivalent, not
 * byte-identical, to another rendering of it. The address is hashed in so that one URL's tag never
 * validates another's.
 */
export function toPublicEtag(parts: {
  buildId: string;
  version: string;
  date: string;
  address: string;
}): string {
  const address = createHash('sha256').update(parts.address).digest('base64url').slice(0, 16);
  return `W/"${parts.buildId}-${parts.version}-${parts.date}-${address}"`;
}

/** If-None-Match names this tag (or `*`); weak comparison, as RFC 9110 requires for it. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare);
}
