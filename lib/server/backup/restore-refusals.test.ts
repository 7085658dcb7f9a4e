import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { applyMigrations } from '../database/migrate.ts';
import { listMigrationFiles } from '../database/migration-files.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { restoreBackup } from './restore-backup.ts';
import { readTarEntries } from './tar-reader.ts';
import { toTarChunks } from './tar-writer.ts';
import { writeBackup } from './write-backup.ts';

/**
 * Every refusal happens before anything is written: a target that holds data, an archive whose
 * bytes changed, one from a schema this code does not know, one cut short.
 */

let source: TestDatabase;
let folder: string;
let archive: string;

beforeAll(async () => {
  source = await createTestDatabase();
  await loadSeed(source.prisma, seedDataset);
  folder = await mkdtemp(path.join(os.tmpdir(), 'pledgeboard-restore-test-'));
  archive = (await writeBackup({ databaseUrl: source.url, file: path.join(folder, 'seed.tar.gz') }))
    .file;
}, 120_000);

afterAll(async () => {
  await source?.drop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

interface Entry {
  name: string;
  data: Buffer;
}

async function readEntries(file: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of readTarEntries(Readable.from([gunzipSync(await readFile(file))]))) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    entries.push({ name: entry.name, data: Buffer.concat(chunks) });
  }
  return entries;
}

/** A copy of the archive with its entries edited, written back as a valid tar.gz. */
async function rewrite(name: string, edit: (entries: Entry[]) => Entry[]): Promise<string> {
  const entries = edit(await readEntries(archive));
  const chunks: Buffer[] = [];
  const sources = entries.map((entry) => ({
    name: entry.name,
    size: entry.data.length,
    mtime: new Date(),
    open: async function* () {
      yield entry.data;
    },
  }));
  for await (const chunk of toTarChunks(sources)) chunks.push(chunk);
  const file = path.join(folder, name);
  await writeFile(file, gzipSync(Buffer.concat(chunks)));
  return file;
}

const editManifest = (edit: (manifest: Record<string, unknown>) => void) => (entries: Entry[]) =>
  entries.map((entry) => {
    if (entry.name !== 'manifest.json') return entry;
    const manifest = JSON.parse(entry.data.toString('utf8')) as Record<string, unknown>;
    edit(manifest);
    return { name: entry.name, data: Buffer.from(JSON.stringify(manifest)) };
  });

const CASES: [string, () => Promise<string>, RegExp][] = [
  [
    'a changed byte in a data file',
    () =>
      rewrite('flipped.tar.gz', (entries) =>
        entries.map((entry) => {
          if (entry.name !== 'data/figure_revision.copy') return entry;
          const data = Buffer.from(entry.data);
          data[100] = data[100]! ^ 0x01;
          return { name: entry.name, data };
        }),
      ),
    /data\/figure_revision\.copy in flipped\.tar\.gz is damaged: its sha256 is [0-9a-f]{64}, but the manifest recorded [0-9a-f]{64}/,
  ],
  [
    'a changed byte in the compressed file',
    async () => {
      const bytes = await readFile(archive);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0xff;
      const file = path.join(folder, 'corrupt.tar.gz');
      await writeFile(file, bytes);
      return file;
    },
    // Usually gzip's own check; a flip that still inflates is caught by the tar header or sha256 checks.
    /corrupt\.tar\.gz is damaged/,
  ],
  [
    'a file cut in half',
    async () => {
      const bytes = await readFile(archive);
      const file = path.join(folder, 'truncated.tar.gz');
      await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return file;
    },
    /truncated\.tar\.gz is damaged or truncated: gzip says "unexpected end of file"/,
  ],
  [
    'an archive that lost its last data file',
    () => rewrite('short.tar.gz', (entries) => entries.slice(0, -1)),
    /short\.tar\.gz ends before data\/\w+\.copy, which its manifest lists \(truncated file\?\)/,
  ],
  [
    'a schema newer than this code',
    () =>
      rewrite(
        'newer.tar.gz',
        editManifest((manifest) => {
          (manifest.migrations as unknown[]).push({
            name: '20991231000000_from_the_future',
            checksum: 'a'.repeat(64),
          });
          manifest.schemaVersion = '20991231000000_from_the_future';
        }),
      ),
    /newer\.tar\.gz comes from a newer Pledgeboard: its schema \(20991231000000_from_the_future\) includes migration 20991231000000_from_the_future, which this code does not know\. Upgrade Pledgeboard/,
  ],
  [
    'an edited migration',
    () =>
      rewrite(
        'edited.tar.gz',
        editManifest((manifest) => {
          (manifest.migrations as { checksum: string }[])[0]!.checksum = 'b'.repeat(64);
        }),
      ),
    /Migration \d{14}_\w+ in edited\.tar\.gz differs from this code's/,
  ],
  [
    'something that is not a backup',
    async () => (
      await writeFile(path.join(folder, 'notes.txt'), 'hello'),
      path.join(folder, 'notes.txt')
    ),
    /notes\.txt is damaged or truncated: gzip says "incorrect header check"/,
  ],
];

describe('restore refuses, writing nothing,', () => {
  it.each(CASES)('%s', async (_case, makeFile, message) => {
    const file = await makeFile();
    let connected = false;
    const error = await restoreBackup({
      file,
      connect: async () => ((connected = true), 'postgresql://never@127.0.0.1:1/none'),
    }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/No data was written\.$/);
    // Refused on the archive alone: the database was never even reached.
    expect(connected).toBe(false);
  });

  it('a database that already holds data, naming the table and its rows', async () => {
    const counts = () =>
      source.query(
        `SELECT (SELECT count(*) FROM figure_revision)::int AS revisions, (SELECT count(*) FROM audit_event)::int AS audit, (SELECT count(*) FROM _prisma_migrations)::int AS migrations`,
      );
    const before = (await counts()).rows[0];
    await expect(restoreBackup({ file: archive, connect: async () => source.url })).rejects.toThrow(
      /^A restore needs an empty database: table \w+ has \d+ rows?\. .*\nNo data was written\.$/s,
    );
    expect((await counts()).rows[0]).toEqual(before);
  });

  it('a database migrated past the archive, before creating anything', async () => {
    const migrations = await listMigrationFiles();
    const older = await createTestDatabase({ migrate: false });
    const newer = await createTestDatabase();
    try {
      await applyMigrations(older.url, migrations.slice(0, -1));
      const file = (
        await writeBackup({ databaseUrl: older.url, file: path.join(folder, 'older.tar.gz') })
      ).file;
      await expect(restoreBackup({ file, connect: async () => newer.url })).rejects.toThrow(
        new RegExp(
          `already has migration ${migrations.at(-1)!.name}, newer than the archive's schema`,
        ),
      );
    } finally {
      await older.drop();
      await newer.drop();
    }
  });
});

describe('restore from an older schema', () => {
  it('loads into the archive’s schema, then applies the newer migrations', async () => {
    const migrations = await listMigrationFiles();
    const older = await createTestDatabase({ migrate: false });
    const target = await createTestDatabase({ migrate: false });
    try {
      await applyMigrations(older.url, migrations.slice(0, -1));
      const file = (
        await writeBackup({
          databaseUrl: older.url,
          file: path.join(folder, 'older-schema.tar.gz'),
        })
      ).file;
      const report = await restoreBackup({ file, connect: async () => target.url });
      expect(report.migratedAfterwards).toEqual([migrations.at(-1)!.name]);
      const applied = await target.query(
        'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(applied.rows.map((row: { migration_name: string }) => row.migration_name)).toEqual(
        migrations.map((migration) => migration.name),
      );
    } finally {
      await older.drop();
      await target.drop();
    }
  });
});

describe('writing over an existing archive', () => {
  it('is refused without --force, and with it the old file is replaced in one step', async () => {
    const file = path.join(folder, 'again.tar.gz');
    await writeFile(file, 'an older archive');
    await expect(writeBackup({ databaseUrl: source.url, file })).rejects.toThrow(
      /already exists: choose another name, or add --force/,
    );
    expect(await readFile(file, 'utf8')).toBe('an older archive');
    await writeBackup({ databaseUrl: source.url, file, force: true });
    expect((await readEntries(file)).map((entry) => entry.name)[0]).toBe('manifest.json');
  });
});
