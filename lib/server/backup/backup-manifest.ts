import { z } from 'zod';

/**
 * `manifest.json`, the first entry of every backup archive: what the archive holds and how to
 * check it before anything is written. `tables` is in load order (a table after every table its
 * foreign keys point to); each data file is PostgreSQL's COPY text format, one line per row.
 */

export const BACKUP_FORMAT = 'pledgeboard-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex');
// Names go into SQL (quoted) and into file names: keep them to what migrations create.
const identifierSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain SQL identifier');

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  /** The last applied migration: the schema the data fits. */
  schemaVersion: z.string().min(1),
  migrations: z.array(z.object({ name: z.string().min(1), checksum: sha256Schema })).min(1),
  postgresVersion: z.string(),
  tables: z.array(
    z.object({
      name: identifierSchema,
      file: z.string().regex(/^data\/[A-Za-z0-9_]+\.copy$/),
      columns: z.array(identifierSchema).min(1),
      rows: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      sha256: sha256Schema,
    }),
  ),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupTable = BackupManifest['tables'][number];

/** The data file of a table inside the archive. */
export function toDataFileName(table: string): string {
  return `data/${table}.copy`;
}
