import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': fileURLToPath(new URL('./', import.meta.url)),
  // `server-only` throws outside a React Server Component bundle; tests run lib/server directly.
  'server-only': fileURLToPath(
    new URL('./lib/server/testing/server-only-stub.ts', import.meta.url),
  ),
};

/**
 * Two kinds of tests: `unit` (pure code and the seed file, no database) and `integration`
 * (against a real PostgreSQL: the embedded one, started once per run, or DATABASE_URL).
 *   npx vitest run --project unit
 *   npx vitest run --project integration
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'lib/domain/**/*.test.ts',
            'prisma/**/*.test.ts',
            'components/**/*.test.ts',
            'tooling/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
          // Property tests run a thousand cases (1.6 s alone); on a shared two-core machine under
          // load they took over vitest's default 5 s. A timeout catches a hang, not slowness:
          // speed belongs in bench/.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['lib/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./lib/server/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
    // Integration tests start real databases; keep the two cores from oversubscribing.
    maxWorkers: 2,
  },
});
