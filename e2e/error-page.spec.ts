import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { findFreePort } from '../lib/server/database/embedded-postgres';

/**
 * A failure (here: the database is unreachable) must reach the error page, which says what
 * happened in the reader's language without leaking internals. A second server of the same
 * build runs against a database address where nothing listens.
 */
let base = '';
let server: ChildProcess;
let serverOutput = '';

// One worker owns the second server for the whole file.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // A port nobody holds, so the test cannot talk to some other server by mistake.
  const port = await findFreePort();
  base = `http://localhost:${port}`;
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  server = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: 'postgresql://nobody:wrong@127.0.0.1:9/nothing',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (serverOutput += chunk));
  server.stderr?.on('data', (chunk) => (serverOutput += chunk));
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await fetch(base).then(
      () => true,
      () => false,
    );
    if (up) return;
    if (server.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the second server did not start on ${base}:\n${serverOutput}`);
});

test.afterAll(() => {
  server?.kill();
});

for (const [path, title, body] of [
  ['/', '문제가 생겼습니다', '잠시 뒤 다시 시도하세요'],
  ['/en/indicators/startup-fund', 'Something went wrong', 'please try again shortly'],
] as const) {
  test(`${path} shows the error page when the database is down`, async ({ page }) => {
    await page.goto(`${base}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.error-page[role="alert"]')).toContainText(body);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/ECONNREFUSED|prisma|postgres|at \w+ \(|DATABASE_URL/i);
  });
}

test('the chart API answers 500 with a reference and no internals when the database is down', async ({
  request,
}) => {
  const response = await request.get(`${base}/api/indicators/startup-fund/chart`);
  expect(response.status()).toBe(500);
  const body = await response.json();
  expect(body.error.message).toBe('Internal error: nothing was changed. Please try again later.');
  expect(body.error.reference).toMatch(/^[0-9a-f-]{36}$/);
  expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|prisma|postgres/i);
});
