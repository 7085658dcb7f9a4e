import 'server-only';
import { z } from 'zod';

const siteUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'PUBLIC_URL must be an http(s) address such as https://pledgeboard.example.org',
});

/**
 * The public address of the site, for what leaves it with absolute links: link previews (Open
 * Graph images). PUBLIC_URL where the dashboard is deployed; on a developer's machine, localhost.
 * A malformed PUBLIC_URL fails the page loudly rather than publishing broken previews.
 */
export function getSiteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  if (env.PUBLIC_URL) return new URL(siteUrlSchema.parse(env.PUBLIC_URL));
  return new URL(`http://localhost:${env.PORT ?? '3000'}`);
}
