import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';

/** The script-src directive of a response's policy. */
const scriptSrc = (policy: string | undefined) =>
  (policy ?? '').split('; ').find((directive) => directive.startsWith('script-src'));

test('public pages list the hash of each inline script they carry, and their scripts run under it', async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/indicators/startup-fund');
  const headers = response!.headers();
  const directive = scriptSrc(headers['content-security-policy'])!;
  expect(directive).toMatch(/^script-src 'self'( 'sha256-[\w+/]+=*')+$/);
  expect(headers['content-security-policy']).not.toContain('nonce-');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');

  // Every inline script of the document is one the policy names, by its sha256.
  const html = await (await request.get('/indicators/startup-fund')).text();
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, text]) => !/\bsrc=/.test(attributes!) && text !== '')
    .map(([, , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
  expect(inline.length).toBeGreaterThan(0);
  for (const hash of inline) expect(directive).toContain(hash);

  // The page is interactive under the policy: a new period is fetched and written to the URL.
  await page.getByLabel('기간').selectOption('min-8');
  await expect(page).toHaveURL(/period=min-8/);
  expect(violations).toEqual([]);
});

test('staff pages get a nonce-based policy, new on every response', async ({ request }) => {
  const policies = await Promise.all(
    [1, 2].map(
      async () => (await request.get('/staff/sign-in')).headers()['content-security-policy'],
    ),
  );
  for (const policy of policies) {
    expect(scriptSrc(policy)).toMatch(/^script-src 'self' 'nonce-[\w+/]+=*' 'strict-dynamic'$/);
  }
  expect(policies[0]).not.toBe(policies[1]);
});

test('embeds may be framed by other sites; other pages may not', async ({ request }) => {
  const embed = (await request.get('/en/embed/indicators/startup-fund')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  const overview = (await request.get('/en')).headers();
  expect(overview['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('downloads and the API answer with nosniff too', async ({ request }) => {
  for (const path of [
    '/api/v1/indicators',
    '/downloads?scope=all&format=json',
    '/charts/startup-fund.svg',
  ]) {
    expect((await request.get(path)).headers()['x-content-type-options']).toBe('nosniff');
  }
});
