/**
 * Screenshots of every public page in both languages, for looking at what was built:
 *   BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts   → .data/screenshots/*.png
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const pages =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['/', '/indicators/startup-fund', '/sources', '/indicators/no-such-indicator'];
const outDir = '.data/screenshots';

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const locale of ['ko', 'en']) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of pages) {
      const url = `${base}${locale === 'en' ? `/en${path === '/' ? '' : path}` : path}`;
      await page.goto(url, { waitUntil: 'networkidle' });
      const name = `${locale}-${width}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'overview'}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
      console.log(`${outDir}/${name}`);
      // Tall pages also in screen-sized parts, which stay legible when viewed.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let top = 0, part = 1; top < height && height > 1400; top += 1100, part += 1) {
        const clip = { x: 0, y: top, width, height: Math.min(1100, height - top) };
        await page.screenshot({
          path: `${outDir}/${name.replace('.png', `-part${part}.png`)}`,
          fullPage: true,
          clip,
        });
      }
    }
    await page.close();
  }
}
await browser.close();
