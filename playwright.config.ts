import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests in a real Chromium against the production build, served by the same start
 * script a user runs, on a fresh embedded database of its own (or DATABASE_URL when set).
 * Run `npm run test:e2e` (it builds first) or `npx playwright test` after `npx next build`.
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /staff\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    // The staff specs add and correct figures; they run after the read-only specs, which count figures.
    {
      name: 'staff',
      testMatch: /staff\.spec\.ts/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: 'node --import tsx scripts/start.ts --skip-build --fresh-db',
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      // E2E_DATA_DIR and E2E_DB_PORT let a second run (another checkout, another engineer) keep its own database.
      PLEDGEBOARD_DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
      PLEDGEBOARD_DB_PORT: process.env.E2E_DB_PORT ?? '54349',
      // The tests check which quotes a search finds, not how fast: on a machine busy with other
      // work the default 80 ms could leave them out (README, "Search").
      PLEDGEBOARD_SEARCH_QUOTE_MS: '5000',
    },
  },
});
