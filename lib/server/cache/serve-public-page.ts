import { buildSecurityHeaders } from '../http/security-headers.ts';
import {
  PageSnapshots,
  INTERNAL_RENDER_HEADER,
  internalRenderSecret,
  snapshotBody,
} from './page-snapshots.ts';
import { matchesEtag, onDataVersionChange, readPublicCacheKey, UNCACHED } from './public-cache.ts';

/** What Next varies a page on (the same address answers RSC requests), when no snapshot says so. */
const PAGE_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';

/** Total size of the rendered pages one process keeps. */
const SNAPSHOT_BYTES = 64 * 1024 * 1024;

/**
 * A public page from the cache: 304 when If-None-Match names the current tag, else the snapshot
 * with a hash-based policy (rendered on a miss). Null when the page cannot be served this way
 * (data version unknown, a rendering that is not a page): the caller renders it per request.
 * `redirectFor` (the locale routing) is asked only on a miss: a hit has been routed before, and
 * is the path that must stay cheap.
 */
export async function servePublicPage(
  request: Request,
  { embeddable, redirectFor }: { embeddable: boolean; redirectFor: () => Response | null },
): Promise<Response | null> {
  const url = new URL(request.url);
  const address = url.pathname + url.search;
  const key = await readPublicCacheKey(address);
  if (!key) return null;
  const cacheHeaders = { ETag: key.etag, 'Cache-Control': key.cacheControl };
  if (matchesEtag(request.headers.get('if-none-match'), key.etag)) {
    return new Response(null, {
      status: 304,
      headers: { ...cacheHeaders, Vary: withAcceptEncoding(PAGE_VARY) },
    });
  }
  const snapshots = processSnapshots();
  if (!snapshots.has(key.etag)) {
    const redirect = redirectFor();
    if (redirect) return redirect;
  }
  // A failed loopback (a server started without PORT, a timeout) costs the cache, not the page.
  const snapshot = await snapshots.get(key.etag, address).catch((error: Error) => {
    console.error('[pledgeboard] page cache could not render', address, '-', error.message);
    return null;
  });
  if (!snapshot) return null;
  // Sent as is: Next compresses it for clients that ask (it drops a Content-Encoding a proxy
  // response sets, next/dist/server/next-server.js, so a body compressed once here cannot pass).
  return new Response(snapshotBody(snapshot), {
    status: snapshot.status,
    headers: {
      // A rendering the page marked as not to be kept carries no tag a cache could revalidate.
      ...(snapshot.keep ? cacheHeaders : { 'Cache-Control': UNCACHED }),
      'Content-Type': snapshot.contentType,
      Vary: withAcceptEncoding(snapshot.vary ?? PAGE_VARY),
      ...buildSecurityHeaders({
        scripts: { hashes: snapshot.scriptHashes },
        embeddable,
        development: false,
      }),
    },
  });
}

function withAcceptEncoding(vary: string): string {
  return /\baccept-encoding\b/i.test(vary) ? vary : `${vary}, Accept-Encoding`;
}

/** Is this the proxy's own request for a page's rendering? */
export function isInternalRender(request: Request): boolean {
  return request.headers.get(INTERNAL_RENDER_HEADER) === internalRenderSecret();
}

function processSnapshots(): PageSnapshots {
  const slot = globalThis as { pledgeboardPageSnapshots?: PageSnapshots };
  if (!slot.pledgeboardPageSnapshots) {
    const snapshots = new PageSnapshots({ maxBytes: SNAPSHOT_BYTES, render: renderInternally });
    // Every key names its version, so older snapshots can never be served again: free them.
    onDataVersionChange(() => snapshots.clear());
    slot.pledgeboardPageSnapshots = snapshots;
  }
  return slot.pledgeboardPageSnapshots;
}

/**
 * This server's own rendering of a page, over loopback (never through the public address or a
 * CDN). `next start` sets PORT to the port it listens on (next/dist/server/lib/start-server.js);
 * bound to one other address only (`-H`), the loopback fails and pages are rendered per request.
 */
function renderInternally(address: string): Promise<Response> {
  const origin = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
  return fetch(new URL(address, origin), {
    headers: {
      [INTERNAL_RENDER_HEADER]: internalRenderSecret(),
      'accept-encoding': 'identity',
      accept: 'text/html',
    },
    redirect: 'manual',
    cache: 'no-store',
    signal: AbortSignal.timeout(30_000),
  });
}
