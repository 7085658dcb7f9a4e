import { defineConfig } from 'prisma/config';

// Prisma 7 reads its settings here. Only `generate`/`validate`/`format` run through the Prisma
// CLI on this project (see scripts/prisma-cli.ts); migrations are applied by lib/server/migrations.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
