import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { BackupError } from './backup-error.ts';
import {
  BACKUP_FORMAT_VERSION,
  backupManifestSchema,
  MANIFEST_NAME,
  type BackupManifest,
  type BackupTable,
} from './backup-manifest.ts';
import { readTarEntries, TarFormatError, type TarEntry } from './tar-reader.ts';

/**
 * Reads a backup archive front to back, checking as it goes: the manifest first, then each
 * table's data file in manifest order with its size, sha256 and line (= row) count, and nothing
 * after the last. `visit` receives each table's bytes (a restore streams them into COPY); without
 * it the data is only checked — which a restore does in full before it writes anything.
 */

export type VisitTable = (table: BackupTable, body: AsyncIterable<Buffer>) => Promise<void>;

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export async function readBackup(file: string, visit?: VisitTable): Promise<BackupManifest> {
  const label = path.basename(file);
  const input = createReadStream(file);
  const gunzip = createGunzip();
  // A read error (a missing file) ends the gzip stream with it, so the reader below sees it.
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  try {
    const entries = readTarEntries(gunzip)[Symbol.asyncIterator]();
    const manifest = await readManifest(label, await nextEntry(entries));
    for (const table of manifest.tables) {
      const entry = await nextEntry(entries);
      if (!entry)
        throw new BackupError(
          `${label} ends before ${table.file}, which its manifest lists (truncated file?).`,
        );
      if (entry.name !== table.file)
        throw new BackupError(
          `${label} holds ${entry.name} where its manifest says ${table.file} comes next.`,
        );
      if (entry.size !== table.bytes)
        throw new BackupError(
          `${table.file} in ${label} is ${entry.size} bytes; its manifest says ${table.bytes}: the archive is damaged.`,
        );
      const measured = measure(entry.body);
      if (visit) await visit(table, measured.body);
      else for await (const _chunk of measured.body);
      const found = measured.result();
      if (found.sha256 !== table.sha256) {
        throw new BackupError(
          `${table.file} in ${label} is damaged: its sha256 is ${found.sha256}, but the manifest recorded ${table.sha256}.`,
        );
      }
      if (found.lines !== table.rows)
        throw new BackupError(
          `${table.file} in ${label} has ${found.lines} rows; its manifest says ${table.rows}.`,
        );
    }
    const extra = await nextEntry(entries);
    if (extra)
      throw new BackupError(`${label} holds ${extra.name}, which its manifest does not list.`);
    return manifest;
  } catch (error) {
    throw toReadError(label, error);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

async function nextEntry(entries: AsyncIterator<TarEntry>): Promise<TarEntry | undefined> {
  const next = await entries.next();
  return next.done ? undefined : next.value;
}

async function readManifest(label: string, entry: TarEntry | undefined): Promise<BackupManifest> {
  if (!entry || entry.name !== MANIFEST_NAME)
    throw new BackupError(
      `${label} is not a Pledgeboard backup: it does not start with ${MANIFEST_NAME}.`,
    );
  if (entry.size > MAX_MANIFEST_BYTES)
    throw new BackupError(
      `${label}: its ${MANIFEST_NAME} is implausibly large (${entry.size} bytes).`,
    );
  const chunks: Buffer[] = [];
  for await (const chunk of entry.body) chunks.push(chunk);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BackupError(
      `${label}: its ${MANIFEST_NAME} is not valid JSON (the archive is damaged).`,
    );
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `${label} was written in backup format ${version}, newer than this code reads (${BACKUP_FORMAT_VERSION}): upgrade Pledgeboard to restore it.`,
    );
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    throw new BackupError(
      `${label}: its ${MANIFEST_NAME} is not a Pledgeboard backup manifest (${problems}).`,
    );
  }
  const names = parsed.data.tables.map((table) => table.name);
  if (new Set(names).size !== names.length)
    throw new BackupError(`${label}: its ${MANIFEST_NAME} lists a table twice.`);
  return parsed.data;
}

function measure(body: AsyncIterable<Buffer>) {
  const hash = createHash('sha256');
  let lines = 0;
  return {
    body: (async function* () {
      for await (const chunk of body) {
        hash.update(chunk);
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
        yield chunk;
      }
    })(),
    result: () => ({ sha256: hash.digest('hex'), lines }),
  };
}

/** Damage found by gzip or tar becomes a refusal naming the file; anything else (the database) passes through. */
function toReadError(label: string, error: unknown): unknown {
  if (error instanceof TarFormatError)
    return new BackupError(`${label} is damaged: ${error.message}.`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new BackupError(
      `${label} is damaged or truncated: gzip says "${(error as Error).message}".`,
    );
  }
  if (code === 'ENOENT') return new BackupError(`${label} does not exist.`);
  return error;
}
