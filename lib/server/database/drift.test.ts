import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { toMigrationList } from './migration-files.ts';
import { diffMigrationsToSchema } from './schema-engine.ts';

describe('schema drift', () => {
  it('prisma/migrations produce exactly the database schema.prisma describes', async () => {
    // The engine creates and drops its own shadow database next to this one.
    const database = await createTestDatabase({ migrate: false });
    try {
      const schemaPath = path.resolve('prisma', 'schema.prisma');
      const sql = await diffMigrationsToSchema(database.url, await toMigrationList(), {
        path: schemaPath,
        text: await readFile(schemaPath, 'utf8'),
      });
      // A non-empty diff is the SQL still missing from the migrations: write it with `npm run db:migration -- <name>`.
      expect(sql.trim()).toBe('-- This is an empty migration.');
    } finally {
      await database.drop();
    }
  });

  it('notices a model that no migration creates', async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      const schemaPath = path.resolve('prisma', 'schema.prisma');
      const text = `${await readFile(schemaPath, 'utf8')}\nmodel DriftProbe {\n  id Int @id\n  @@map("drift_probe")\n}\n`;
      const sql = await diffMigrationsToSchema(database.url, await toMigrationList(), {
        path: schemaPath,
        text,
      });
      expect(sql).toContain('CREATE TABLE "drift_probe"');
    } finally {
      await database.drop();
    }
  });
});
