import type { LaunchOptions } from '@playwright/test';

/**
 * Playwright cannot download its own browsers on these machines, so tests use Debian's chromium
 * (installed by .ci/run). CHROMIUM_PATH points elsewhere; PLAYWRIGHT_BUNDLED=1 uses Playwright's own.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  if (process.env.PLAYWRIGHT_BUNDLED === '1') return {};
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      // Root in a container has no user namespace for the sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Without these, Chromium phones home at start-up; the network here refuses it.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
