/**
 * The security headers of every page. Kept free of Next and Node imports: the proxy runs it on
 * every request, and the tests call it directly.
 *
 * Scripts run only with the request's nonce ('strict-dynamic' lets those scripts load Next's
 * chunks), so injected markup cannot run script. Styles allow inline: React style attributes and
 * the chart library set them, and a stylesheet cannot run code. Only embeds may be framed, by
 * any site (that is their purpose); every other page refuses framing (clickjacking).
 */
export function buildSecurityHeaders({
  nonce,
  embeddable,
  development,
}: {
  nonce: string;
  embeddable: boolean;
  development: boolean;
}): Record<string, string> {
  const policy = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
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
