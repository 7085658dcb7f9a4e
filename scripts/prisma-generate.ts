/**
 * `prisma generate` without Prisma's native engines. The CLI insists on a schema-engine binary
 * it would download from a host these machines cannot reach, though generate never runs it:
 * pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies the check (STACK-NOTES).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export function generatePrismaClient(): void {
  const require = createRequire(import.meta.url);
  const result = spawnSync(
    process.execPath,
    [require.resolve('prisma/build/index.js'), 'generate'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: require.resolve('prisma/package.json'),
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new Error(`prisma generate failed:\n${result.stdout}\n${result.stderr}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) generatePrismaClient();
