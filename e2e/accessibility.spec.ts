import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/indicators/startup-fund',
  '/embed/indicators/startup-fund?period=min-8',
  '/indicators/ai-data-centre-performance',
  '/indicators/greenhouse-gas-reduction',
  '/sources',
  '/pledges',
  '/pledges?theme=family&administration=min-8',
  '/developers',
  '/methodology',
  '/no-such-page',
  '/figures/startup-fund-2025-09',
  '/indicators/startup-fund?asOf=2026-01-01',
  '/staff/sign-in',
  '/pledges/startup-fund-500b-won',
];

for (const locale of ['ko', 'en'] as const) {
  for (const path of pages) {
    const url = locale === 'ko' ? path : `/en${path === '/' ? '' : path}`;
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('main')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')),
        })),
      ).toEqual([]);
    });
  }
}
