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
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    originHost = url.host;
  } catch {
    return false;
  }
  // The host the browser addressed: a proxy passes it on as X-Forwarded-Host.
  const requestHost = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  return originHost === requestHost || originHost === getSiteUrl().host;
}
