import { createHash, randomBytes } from 'node:crypto';

/**
 * Public pages rendered once per cache key (build, data version, Seoul date, address) and kept in
 * this process's memory, each with the sha256 of every inline script it contains.
 *
 * Why: a page everyone gets the same copy of cannot carry a per-request nonce, and Next's App
 * Router sends its hydration data in inline scripts (`self.__next_f.push(…)`), so without a nonce
 * Next's own guide falls back to 'unsafe-inline'. Hashes are the strict alternative, but they can
 * only be computed from the finished HTML, and the policy header must leave before the body:
 * Next streams pages and offers no hook over the finished document. So the proxy asks this server
 * for the page itself (over loopback, marked with a per-process secret so no client can ask for
 * the unmarked rendering), reads it whole, hashes its inline scripts and answers from memory
 * until the key changes. That also makes a repeated request cost no rendering and no query.
 *
 * Bounded by total size (least recently used go first), so many addresses (any ?period=…) cannot
 * grow it without limit; concurrent misses of one key share one rendering.
 */

export interface PageSnapshot {
  status: number;
  body: Uint8Array;
  contentType: string;
  /** Next's own Vary (RSC, Next-Router-State-Tree, …): the same address also answers RSC requests. */
  vary: string | null;
  /** Base64 sha256 of each inline script's text, as CSP's 'sha256-…' sources take them. */
  scriptHashes: string[];
  /**
   * False when the page marked itself as an answer no cache may keep (UNCACHEABLE_MARK on an
   * element): it is sent to the requests that waited for this rendering, and not kept.
   */
  keep: boolean;
}

/**
 * The attribute a page puts on one of its elements when this rendering must not be kept: a search
 * that left quotes out for lack of time. Matched inside a tag, where text a reader typed cannot
 * be (React escapes "<" in text).
 */
export const UNCACHEABLE_MARK = 'data-pledgeboard-uncacheable';
const UNCACHEABLE = new RegExp(`<[a-z][^<>]*\\s${UNCACHEABLE_MARK}[\\s=>/]`, 'i');

/** The statuses kept: the page, and a missing one (which a new record can end, with a new version). */
const KEPT_STATUSES = new Set([200, 404]);

export class PageSnapshots {
  private readonly entries = new Map<string, PageSnapshot>();
  private readonly pending = new Map<string, Promise<PageSnapshot | null>>();
  private bytes = 0;

  constructor(
    private readonly options: {
      maxBytes: number;
      render: (address: string) => Promise<Response>;
    },
  ) {}

  /**
   * The snapshot for `key`, rendering `address` on a miss; null when the rendering is not one to
   * keep (a redirect, an error), and the caller renders the page itself.
   */
  async get(key: string, address: string): Promise<PageSnapshot | null> {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place in the least-recently-used order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.take(address)
        .then((snapshot) => {
          if (snapshot?.keep) this.keep(key, snapshot);
          return snapshot;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Drops every snapshot (a new data version makes them all unreachable anyway). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private async take(address: string): Promise<PageSnapshot | null> {
    const response = await this.options.render(address);
    const contentType = response.headers.get('content-type') ?? '';
    if (!KEPT_STATUSES.has(response.status) || !contentType.startsWith('text/html')) {
      await response.body?.cancel();
      return null;
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const html = new TextDecoder().decode(body);
    return {
      status: response.status,
      body,
      contentType,
      vary: response.headers.get('vary'),
      scriptHashes: hashInlineScripts(html),
      keep: !UNCACHEABLE.test(html),
    };
  }

  private keep(key: string, snapshot: PageSnapshot): void {
    const size = sizeOf(snapshot);
    if (size > this.options.maxBytes) return;
    this.entries.set(key, snapshot);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(entry);
    }
  }
}

const sizeOf = (snapshot: PageSnapshot) => snapshot.body.byteLength;

/**
 * The snapshot's bytes as a body, without copying them. `new Response(bytes)` copies its
 * argument (undici's extractBody: `new Uint8Array(buffer.slice())`), which for a 230 kB
 * overview was 6 % of the server's CPU per cached answer, plus the garbage. A default (not byte)
 * stream hands its chunk on as it is: Next writes it to the socket (or to gzip), and nothing
 * writes to it or transfers it; the snapshot's bytes are never changed after they are taken.
 */
export function snapshotBody({ body }: Pick<PageSnapshot, 'body'>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
}

// React escapes "</" inside the scripts it writes, so the first "</script" closes each one.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The sha256 of every inline script in a document, deduplicated, in order of appearance. A
 * script with a src attribute is a file (allowed by 'self'); one with an empty body runs nothing.
 */
export function hashInlineScripts(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes!) || text === '') continue;
    hashes.add(createHash('sha256').update(text!, 'utf8').digest('base64'));
  }
  return [...hashes];
}

/** The header that marks the proxy's own request for a page, and its per-process secret. */
export const INTERNAL_RENDER_HEADER = 'x-pledgeboard-render';

export function internalRenderSecret(): string {
  const slot = globalThis as { pledgeboardRenderSecret?: string };
  return (slot.pledgeboardRenderSecret ??= randomBytes(24).toString('base64url'));
}
