/**
 * The scripts a page may run: those carrying the request's nonce (staff pages, and any page
 * rendered per request), or exactly the inline scripts of one cached rendering, by their sha256
 * (public pages, whose one rendering is served to everyone: see lib/server/cache/page-snapshots.ts).
 */
export type ScriptPolicy = { nonce: string } | { hashes: readonly string[] };

/**
 * The security headers of every page. Kept free of Next and Node imports: the proxy runs it on
 * every request, and the tests call it directly.
 *
 * With a nonce, scripts run only with it ('strict-dynamic' lets those scripts load Next's
 * chunks). With hashes, an inline script runs only if its text is one the server rendered, and
 * script files only from this origin (Next's chunks; everything else the origin serves is JSON,
 * CSV or images sent with nosniff, which a browser will not run). Either way injected markup
 * cannot run script, and neither allows 'unsafe-inline'. Styles allow inline: React style
 * attributes and the chart library set them, and a stylesheet cannot run code. Only embeds may
 * be framed, by any site (that is their purpose); every other page refuses framing (clickjacking).
 */
export function buildSecurityHeaders({
  scripts,
  embeddable,
  development,
}: {
  scripts: ScriptPolicy;
  embeddable: boolean;
  development: boolean;
}): Record<string, string> {
  const scriptSources =
    'nonce' in scripts
      ? `'nonce-${scripts.nonce}' 'strict-dynamic'`
      : scripts.hashes.map((hash) => `'sha256-${hash}'`).join(' ');
  const policy = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and stack traces.
    `script-src 'self' ${scriptSources}${development ? " 'unsafe-eval'" : ''}`.trimEnd(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? '*' : "'none'"}`,
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    ...(embeddable ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Embeds live at /embed/… and /en/embed/…. */
export function isEmbedPath(pathname: string): boolean {
  return /^(?:\/[a-z]{2})?\/embed(?:\/|$)/.test(pathname);
}

/** Staff pages live at /staff/… and /en/staff/…: private, rendered per request with a nonce. */
export function isStaffPath(pathname: string): boolean {
  return /^(?:\/[a-z]{2})?\/staff(?:\/|$)/.test(pathname);
}
