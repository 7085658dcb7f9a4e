import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as download } from '../../../app/downloads/route.ts';
import { seedDataset } from '../../../prisma/seed/data.ts';
import { closeDatabaseClients } from '../db.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { getFigureHistory } from '../queries/get-figure-history.ts';
import { getPledgeHistory } from '../queries/get-pledge-history.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import {
  CORRECTED_FIGURE,
  sendFigureCorrection,
  sendRaisedTarget,
  SUPERSEDING_PLEDGE,
} from '../testing/seed-changes.ts';
import { SITE, startStaffApp, type StaffApp } from '../testing/staff-app.ts';
import { listTables } from './list-tables.ts';
import { restoreBackup } from './restore-backup.ts';
import { writeBackup, type BackupReport } from './write-backup.ts';

/**
 * Backup → restore into a fresh database → everything a reader can download, and everything the
 * staff see as history and audit log, is the same. The original has more than the seed: staff
 * accounts and sessions, audit events, a corrected figure (revision 2) and a pledge superseding
 * another (a row pointing at a row of its own table).
 */

let app: StaffApp;
let target: TestDatabase;
let folder: string;
let backup: BackupReport;

beforeAll(async () => {
  app = await startStaffApp();
  const editor = await app.signInAs('editor');
  await app.signInAs('admin');
  const corrected = await sendFigureCorrection(editor.cookie);
  expect(corrected.status, await corrected.clone().text()).toBe(200);
  const added = await sendRaisedTarget(editor.cookie);
  expect(added.status, await added.clone().text()).toBe(201);

  // A verdict published while review was off, which has since been turned on again: history the
  // review rule, judging by today's setting, would refuse if the restore did not load it as it was.
  await app.db.query(`INSERT INTO site_setting (id, verdict_review_required) VALUES (true, false)`);
  const unreviewed = await app.db.query(
    `INSERT INTO verdict (pledge_id, rating, reasoning_ko, reasoning_en, reason, proposed_by)
     SELECT p.id, 'NOT_YET_RATED', '검토 없이 공개', 'Published without review', '다시 본다',
            (SELECT id FROM staff_user WHERE email = $1)
       FROM pledge p WHERE p.slug = 'ggm-car-production-2021' RETURNING id`,
    [editor.email],
  );
  await app.db.query(
    `INSERT INTO verdict_review (verdict_id, decision, reviewed_by) VALUES ($1, 'APPROVED', NULL)`,
    [unreviewed.rows[0].id],
  );
  await app.db.query(`UPDATE site_setting SET verdict_review_required = true`);

  folder = await mkdtemp(path.join(os.tmpdir(), 'pledgeboard-backup-test-'));
  let started = performance.now();
  backup = await writeBackup({
    databaseUrl: app.db.url,
    file: path.join(folder, 'everything.tar.gz'),
  });
  const backupMs = performance.now() - started;
  target = await createTestDatabase({ migrate: false });
  started = performance.now();
  await restoreBackup({ file: backup.file, connect: async () => target.url });
  const restoreMs = performance.now() - started;
  const rows = backup.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `backup: ${rows} rows, ${backup.bytes} bytes, ${backupMs.toFixed(0)} ms; restore: ${restoreMs.toFixed(0)} ms`,
  );
}, 120_000);

afterAll(async () => {
  await app?.close();
  await target?.drop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const tableRows = async (db: TestDatabase, table: string) =>
  (await db.query(`SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY 1`)).rows.map(
    (row: { row: string }) => row.row,
  );

describe('a backup restored into a fresh database', () => {
  it('holds every table, including history, audit log and accounts, with its row count', async () => {
    const names = backup.manifest.tables.map((table) => table.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'figure_revision',
        'pledge_revision',
        'audit_event',
        'staff_user',
        'staff_account',
        'staff_session',
      ]),
    );
    expect(names).not.toContain('_prisma_migrations');
    for (const table of backup.manifest.tables) {
      const { rows } = await app.db.query(`SELECT count(*)::int AS n FROM "${table.name}"`);
      expect(table.rows, table.name).toBe(rows[0].n);
    }
    expect(
      backup.manifest.tables.find((table) => table.name === 'audit_event')!.rows,
    ).toBeGreaterThan(0);
    expect(backup.manifest.tables.find((table) => table.name === 'staff_account')!.rows).toBe(2);
  });

  it('has every table identical, row for row', async () => {
    const { tables } = await listTables(target.pool);
    const names = tables.map((table) => table.name).sort();
    expect(names).toEqual(backup.manifest.tables.map((table) => table.name).sort());
    for (const name of names)
      expect(await tableRows(target, name), name).toEqual(await tableRows(app.db, name));
  });

  it('has the same schema version and migration record', async () => {
    const applied = (db: TestDatabase) =>
      db
        .query('SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name')
        .then((result) => result.rows);
    expect(await applied(target)).toEqual(await applied(app.db));
  });

  it('shows the same history of the corrected figure and the superseding pledge', async () => {
    const figure = await getFigureHistory(target.prisma, CORRECTED_FIGURE);
    expect(figure?.revisions).toHaveLength(2);
    expect(figure).toEqual(await getFigureHistory(app.db.prisma, CORRECTED_FIGURE));
    expect(await getPledgeHistory(target.prisma, SUPERSEDING_PLEDGE)).toEqual(
      await getPledgeHistory(app.db.prisma, SUPERSEDING_PLEDGE),
    );
  });

  it('keeps history append-only and numbers new rows after the restored ones', async () => {
    await expect(target.query('UPDATE figure_revision SET quote = $1', ['x'])).rejects.toThrow(
      /append-only/,
    );
    const before = await target.query('SELECT max(id)::int AS id FROM audit_event');
    const inserted = await target.query(
      `INSERT INTO audit_event (action, outcome) VALUES ('restore.test', 'ok') RETURNING id::int`,
    );
    expect(inserted.rows[0].id).toBe(before.rows[0].id + 1);
    const figure = await target.query(`SELECT max(id)::int AS id FROM figure_revision`);
    const next = await target.query(
      `SELECT nextval(pg_get_serial_sequence('figure_revision', 'id'))::int AS id`,
    );
    expect(next.rows[0].id).toBe(figure.rows[0].id + 1);
  });

  it('gives byte-identical downloads of everything in every format', async () => {
    // The clock is frozen for both databases, so the generated-at times (the about part of every
    // format, the XLSX document properties and zip entry times) and "today" agree; every other
    // byte comes from the data.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T03:00:00Z') });
    try {
      const original = await downloadEverything(app.db.url);
      const restored = await downloadEverything(target.url);
      for (const format of FORMATS) {
        expect(original[format]!.length, format).toBeGreaterThan(1000);
        expect(restored[format]!.equals(original[format]!), `${format} differs`).toBe(true);
      }
      expect(original.json!.toString('utf8')).toContain('619300000000');
      // A control: the same downloads from a database without the corrected figure do differ,
      // so the equality above compares two databases, not one database twice.
      const seedOnly = await createTestDatabase();
      try {
        await loadSeed(seedOnly.prisma, seedDataset);
        const other = await downloadEverything(seedOnly.url);
        for (const format of FORMATS)
          expect(other[format]!.equals(original[format]!), format).toBe(false);
      } finally {
        await pointAppAt(app.db.url);
        await seedOnly.drop();
      }
    } finally {
      vi.useRealTimers();
      await pointAppAt(app.db.url);
    }
  });
});

const FORMATS = ['csv', 'csv-plain', 'xlsx', 'json'] as const;

async function downloadEverything(url: string): Promise<Record<string, Buffer>> {
  await pointAppAt(url);
  const files: Record<string, Buffer> = {};
  for (const format of FORMATS) {
    const response = await download(new Request(`${SITE}/downloads?scope=all&format=${format}`));
    expect(response.status, format).toBe(200);
    files[format] = Buffer.from(await response.arrayBuffer());
  }
  return files;
}

/** The app's own database singletons, as the download route uses them, on another database. */
async function pointAppAt(url: string) {
  await closeDatabaseClients();
  process.env.DATABASE_URL = url;
}
