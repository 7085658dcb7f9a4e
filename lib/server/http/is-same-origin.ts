import 'server-only';
import { getSiteUrl } from '../site-url.ts';

/**
 * Whether a state-changing request comes from a page of this site. Cookies ride along on
 * cross-site requests (a form on another site posting here), so a mutation must check where the
 * request started, in its own code: Next only checks server actions, and lets those through when
 * the Origin header is missing. Here a missing Origin is refused, since every browser sends one
 * with a POST, PATCH or DELETE; a tool that sends none is not a staff member's browser.
 */
export function isSameOrigin(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (originUrl.origin === getSiteUrl().origin) return true;
  // Otherwise the scheme and host the browser addressed: a proxy passes them on as X-Forwarded-*.
  const requestHost =
    request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const requestProtocol = forwardedProto ? `${forwardedProto}:` : new URL(request.url).protocol;
  return originUrl.host === requestHost && originUrl.protocol === requestProtocol;
}
