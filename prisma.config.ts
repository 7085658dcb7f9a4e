import { defineConfig } from 'prisma/config';

// Prisma 7 reads its settings here. Only `generate`/`validate`/`format` run through the Prisma
// CLI on this project (see scripts/prisma-generate.ts); migrations are written by
// scripts/db-migration.ts and applied by lib/server/database/migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
