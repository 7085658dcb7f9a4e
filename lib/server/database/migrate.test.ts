import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { applyMigrations } from './migrate.ts';
import { listMigrationFiles } from './migration-files.ts';

describe('applyMigrations', () => {
  it('applies every migration once and is safe to run again', async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      const files = await listMigrationFiles();
      const first = await applyMigrations(database.url);
      expect(first.applied).toEqual(files.map((file) => file.name));
      const second = await applyMigrations(database.url);
      expect(second).toEqual({ applied: [], alreadyApplied: files.length });
      const recorded = await database.query(
        'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(recorded.rows).toEqual(
        files.map((file) => ({ migration_name: file.name, checksum: file.checksum })),
      );
    } finally {
      await database.drop();
    }
  });

  it('refuses a migration edited after it was applied', async () => {
    const database = await createTestDatabase();
    try {
      const files = await listMigrationFiles();
      const edited = files.map((file, index) =>
        index === 0 ? { ...file, checksum: 'f'.repeat(64), sql: `${file.sql}\n-- edited` } : file,
      );
      await expect(applyMigrations(database.url, edited)).rejects.toThrow(
        /was changed after it was applied/,
      );
    } finally {
      await database.drop();
    }
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    const database = await createTestDatabase();
    try {
      const files = await listMigrationFiles();
      const broken = {
        name: '29991231000000_broken',
        sql: 'CREATE TABLE "half_done" (id int); SELECT no_such_function();',
        checksum: '0'.repeat(64),
      };
      await expect(applyMigrations(database.url, [...files, broken])).rejects.toThrow(
        /29991231000000_broken failed and was rolled back/,
      );
      const table = await database.query(`SELECT to_regclass('half_done') AS t`);
      expect(table.rows[0].t).toBeNull();
      const recorded = await database.query(
        `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`,
        [broken.name],
      );
      expect(recorded.rows[0].n).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
