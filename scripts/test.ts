/**
 * `npm test`: every test, in the order a failure is cheapest to find —
 * lint and format, types, unit, integration (real PostgreSQL), then a production build tested in Chromium.
 * Stops at the first failing step and says which.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { generatePrismaClient } from './prisma-generate.ts';

// The last step needs a Chromium; say so now, not after ten minutes of the other steps.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.PLAYWRIGHT_BUNDLED !== '1' && !existsSync(chromium)) {
  console.error(
    `\n✖ The end-to-end tests need Chromium at ${chromium}, and there is none.\n` +
      '  Debian/Ubuntu: `sudo apt-get install chromium` (CI does this in .ci/run).\n' +
      '  Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome, or run `npx playwright install chromium`\n' +
      '  and set PLAYWRIGHT_BUNDLED=1. Nothing was run.',
  );
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const steps: { title: string; command: string[] }[] = [
  {
    title: 'Lint and format (eslint, prettier --check)',
    command: ['npm', 'run', '--silent', 'lint'],
  },
  { title: 'Type-checking (tsc)', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { title: 'Unit tests (vitest)', command: ['npx', 'vitest', 'run', '--project', 'unit'] },
  {
    title: 'Integration tests against PostgreSQL (vitest)',
    command: ['npx', 'vitest', 'run', '--project', 'integration'],
  },
  { title: 'Production build (next build)', command: ['npx', 'next', 'build'] },
  { title: 'End-to-end tests in Chromium (playwright)', command: ['npx', 'playwright', 'test'] },
];

const total = steps.length + 1;
console.log(`\n[1/${total}] Generating the Prisma client`);
generatePrismaClient();

for (const [index, step] of steps.entries()) {
  console.log(`\n[${index + 2}/${total}] ${step.title}`);
  const [command, ...args] = step.command;
  const result = spawnSync(command!, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.title} failed. Nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ All tests passed.');
