import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createStaffAccount } from './staff-accounts';

/**
 * Two web servers on one database work as one, as behind a load balancer: a lock-out earned on
 * one server holds on the other, a session made on one is good on the other, and a correction
 * made through one is on the other's public page and API at once. Server A is the one
 * playwright.config.ts starts; this spec starts server B on the next port the way an operator
 * adds a server: `npm start` (here on the existing build) with DATABASE_URL and DATABASE_APP_URL
 * naming A's PostgreSQL and the same BETTER_AUTH_SECRET. Nothing else is shared.
 */
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';
const portA = Number(process.env.E2E_PORT ?? 3100);
const portB = Number(process.env.E2E_SECOND_PORT ?? portA + 1);
const originA = `http://localhost:${portA}`;
const originB = `http://localhost:${portB}`;
const run = Date.now().toString(36);

// Each test makes an account with the CLI and wakes routes on a freshly started server: on two
// shared cores that alone can take most of the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let serverB: ChildProcess | undefined;
let serverBLog = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const read = (file: string) => readFileSync(path.join(dataDir, file), 'utf8').trim();
  serverB = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--skip-build'], {
    env: {
      ...process.env,
      PORT: String(portB),
      DATABASE_URL: read('database-url'),
      DATABASE_APP_URL: read('database-app-url'),
      BETTER_AUTH_SECRET: read('auth-secret'),
      // A folder of its own: B must not lean on anything of A's but the database.
      PLEDGEBOARD_DATA_DIR: path.join(dataDir, 'server-b'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [serverB.stdout!, serverB.stderr!])
    stream.on('data', (chunk: Buffer) => (serverBLog += chunk.toString()));
  await expect
    .poll(
      async () => {
        if (serverB?.exitCode !== null) throw new Error(`server B exited:\n${serverBLog}`);
        return fetch(`${originB}/api/health`).then(
          (response) => response.status,
          () => 0,
        );
      },
      { timeout: 100_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (!serverB || serverB.exitCode !== null) return;
  const exited = new Promise((resolve) => serverB!.once('exit', resolve));
  serverB.kill('SIGTERM'); // start.ts stops its `next start` first, then exits
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (serverB.exitCode === null) serverB.kill('SIGKILL');
});

/** A new editor account, made with the CLI as an operator would; its address is this run's own. */
function newEditor(label: string, name: string) {
  const editor = {
    email: `${label}-${run}@example.org`,
    name,
    role: 'editor' as const,
    password: `e2e-${label}-password-long`,
  };
  createStaffAccount(editor);
  return editor;
}

/** A request context of one server: its own cookies, sent from that server's own pages. */
async function clientOf(
  playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
  origin: string,
) {
  return playwright.request.newContext({ baseURL: origin, extraHTTPHeaders: { origin } });
}

test('five wrong passwords through server A lock the account on server B too', async ({
  page,
  playwright,
}) => {
  const editor = newEditor('locked', '이잠금');
  const a = await clientOf(playwright, originA);
  for (let i = 0; i < 5; i += 1) {
    const wrong = await a.post('/api/staff/session', {
      data: { email: editor.email, password: `wrong-guess-${i}` },
    });
    expect(wrong.status()).toBe(401);
  }

  // The person with the right password, at server B's sign-in form.
  await page.goto(`${originB}/staff/sign-in`);
  await page.getByLabel('이메일').fill(editor.email);
  await page.getByLabel('비밀번호').fill(editor.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByText('로그인 실패가 너무 많습니다')).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);

  const b = await clientOf(playwright, originB);
  const refused = await b.post('/api/staff/session', {
    data: { email: editor.email, password: editor.password },
  });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).error.code).toBe('too-many-attempts');
  await Promise.all([a.dispose(), b.dispose()]);
});

test('a burst of guesses split between the two servers gets no more tries than the limit', async ({
  playwright,
}) => {
  const editor = newEditor('burst', '최연타');
  const [a, b] = await Promise.all([clientOf(playwright, originA), clientOf(playwright, originB)]);
  // Both servers warm first (a freshly started one loads the route on its first request), so
  // their guesses really do run side by side.
  for (const server of [a, b]) {
    const warm = await server.post('/api/staff/session', {
      data: { email: `nobody-${run}@example.org`, password: 'warming-up' },
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    expect(warm.status()).toBe(401);
  }
  // All at once, half to each server, each from an address of its own (so only the account's
  // limit applies): both servers must count them one at a time, together.
  const responses = await Promise.all(
    Array.from({ length: 16 }, (_, i) =>
      (i % 2 ? a : b).post('/api/staff/session', {
        data: { email: editor.email, password: `burst-guess-${i}` },
        headers: { 'x-forwarded-for': `192.0.2.${i + 1}` },
      }),
    ),
  );
  const statuses = responses.map((response) => response.status()).sort();
  expect(statuses).toEqual([...Array(5).fill(401), ...Array(11).fill(429)]);
  await Promise.all([a.dispose(), b.dispose()]);
});

test('a correction through server A is on server B at once: page, API, and the same session', async ({
  page,
  playwright,
}) => {
  const editor = newEditor('corrector', '박정정');
  const a = await clientOf(playwright, originA);
  const b = await clientOf(playwright, originB);
  const signedIn = await a.post('/api/staff/session', {
    data: { email: editor.email, password: editor.password },
  });
  expect(signedIn.status()).toBe(200);

  // Sessions live in PostgreSQL: the cookie A set is good on B, with no sticky routing.
  const cookie = (await a.storageState()).cookies
    .map((entry) => `${entry.name}=${entry.value}`)
    .join('; ');
  const staffHomeOnB = await b.get('/staff', { headers: { cookie }, maxRedirects: 0 });
  expect(staffHomeOnB.status()).toBe(200);
  expect(await staffHomeOnB.text()).toContain('박정정');

  const slug = 'test-bed-companies-supported-2025-09';
  const corrected = await a.post(`/api/staff/figures/${slug}/revisions`, {
    data: {
      baseRevision: 1,
      value: '132',
      observedOn: '2025-09',
      source: 'newsnok-2025-09-hangzhou',
      quote: '또 131개 기업에 광주 곳곳을 빌려주는 실증 지원 사업을 실시했고',
      reason: `두 서버 확인 (${run})`,
    },
  });
  expect(corrected.status(), await corrected.text()).toBe(200);

  // No waiting, no retry: the very next requests to B see it.
  const api = await b.get('/api/v1/figures?indicator=test-bed-companies-supported');
  expect(api.status()).toBe(200);
  const figure = (await api.json()).data.find((row: { slug: string }) => row.slug === slug);
  expect(figure).toMatchObject({ value: '132', revision: 2 });

  await page.goto(`${originB}/indicators/test-bed-companies-supported`);
  const row = page.getByTestId('figure-table').locator(`#figure-${slug}`);
  // Read once, as served: the page must already have it, not come round to it.
  expect(await row.textContent()).toContain('132개사');
  await expect(row.getByTestId('corrected-mark')).toBeVisible();
  await Promise.all([a.dispose(), b.dispose()]);
});
