import { expect, test } from '@playwright/test';
import { createStaffAccount } from './staff-accounts';

/**
 * A staff change reaches every public copy within seconds: the page's and the API's tags change,
 * so a CDN revalidating them gets the new data. Runs in the staff project (after the read-only
 * specs), on a figure the other staff specs leave alone.
 */
const editor = {
  email: `cache-editor-${Date.now().toString(36)}@example.org`,
  name: '캐시 편집자',
  role: 'editor' as const,
  password: 'e2e-cache-editor-password',
};
const FIGURE = 'startup-fund-2025-09';
const STORED_SCRIPT = '<script>window.__stored = true</script>';

test.beforeAll(() => {
  expect(createStaffAccount(editor)).toContain('Created editor');
});

test('a correction changes the public page’s and the API’s answers within seconds; its text never runs', async ({
  request,
  playwright,
  baseURL,
  page,
}) => {
  const pagePath = `/figures/${FIGURE}`;
  const apiPath = '/api/v1/figures?indicator=startup-fund&pageSize=100';
  const tags = {
    page: (await request.get(pagePath)).headers()['etag']!,
    api: (await request.get(apiPath)).headers()['etag']!,
  };
  const { data } = (await (await request.get(apiPath)).json()) as {
    data: { slug: string; revision: number }[];
  };
  const revision = data.find((figure) => figure.slug === FIGURE)!.revision;

  const staff = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: new URL(baseURL!).origin },
  });
  const signedIn = await staff.post('/api/staff/session', {
    data: { email: editor.email, password: editor.password },
  });
  expect(signedIn.status()).toBe(200);
  const corrected = await staff.post(`/api/staff/figures/${FIGURE}/revisions`, {
    data: {
      baseRevision: revision,
      value: '6,193억 원',
      observedOn: '2025-09',
      source: 'newsnok-2025-09-hangzhou',
      quote: '창업펀드 6,192억 원',
      reason: `기사 정정 ${STORED_SCRIPT}`,
    },
  });
  expect(corrected.status(), await corrected.text()).toBe(200);
  const changedAt = Date.now();

  for (const [path, tag] of [
    [pagePath, tags.page],
    [apiPath, tags.api],
  ] as const) {
    await expect
      .poll(async () => (await request.get(path, { headers: { 'If-None-Match': tag } })).status(), {
        timeout: 5_000,
        intervals: [50],
      })
      .toBe(200);
  }
  expect(Date.now() - changedAt).toBeLessThan(5_000);
  const fresh = (await (await request.get(apiPath)).json()) as {
    data: { slug: string; value: string }[];
  };
  expect(fresh.data.find((figure) => figure.slug === FIGURE)!.value).toBe('619300000000');

  // The stored reason is shown as text on the cached public page, and does not run.
  await page.goto(pagePath);
  await expect(page.getByTestId('figure-history')).toContainText(STORED_SCRIPT);
  expect(await page.evaluate(() => (window as { __stored?: boolean }).__stored)).toBeUndefined();
  await staff.dispose();
});
