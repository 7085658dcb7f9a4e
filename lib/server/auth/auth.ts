import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { admin } from 'better-auth/plugins/admin';
import { getDb } from '../db.ts';
import { getSiteUrl } from '../site-url.ts';
import { readAuthSecret } from './auth-secret.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** A staff session lasts a working day; after that the person signs in again. */
const SESSION_SECONDS = 12 * 60 * 60;

function createAuth() {
  const siteUrl = getSiteUrl();
  return betterAuth({
    appName: 'Pledgeboard',
    baseURL: siteUrl.origin,
    secret: readAuthSecret(),
    trustedOrigins: [siteUrl.origin],
    database: prismaAdapter(getDb(), { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (or, for the first one, the CLI): nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    // Sessions live in the database only (no cookie cache), so signing out or disabling an
    // account ends every session at once instead of when a cached cookie expires.
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 60, cookieCache: { enabled: false } },
    advanced: {
      cookiePrefix: 'pledgeboard',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
      useSecureCookies: siteUrl.protocol === 'https:',
    },
    // Sign-in attempts are limited and logged by our own code (sign-in.ts), which is the only way
    // in: better-auth's HTTP routes are not mounted, so nothing can go around it.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    plugins: [admin({ defaultRole: 'editor', adminRoles: ['admin'] })],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { pledgeboardAuth?: Auth };

/** The one better-auth instance, built on first use so `next build` needs no secret or database. */
export function getAuth(): Auth {
  globalForAuth.pledgeboardAuth ??= createAuth();
  return globalForAuth.pledgeboardAuth;
}
