/**
 * Writes a plain POSIX tar (ustar), the format `tar` on every system reads, so an operator can
 * look inside a backup with `tar tzf`. Only what a backup needs: regular files with short names.
 * Each entry's size goes in its header before its bytes, so entries are written from files whose
 * size is already known (the backup spools each table to a temporary file first).
 */

export interface TarEntrySource {
  /** Path inside the archive, at most 100 bytes (ustar's name field; no prefix needed here). */
  name: string;
  size: number;
  mtime: Date;
  open: () => AsyncIterable<Uint8Array>;
}

const BLOCK = 512;
/** ustar stores the size as 11 octal digits: 8 GiB minus one byte per entry. */
const MAX_ENTRY_SIZE = 8 ** 11 - 1;

export async function* toTarChunks(
  entries: Iterable<TarEntrySource> | AsyncIterable<TarEntrySource>,
): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    yield toTarHeader(entry);
    let written = 0;
    for await (const chunk of entry.open()) {
      written += chunk.length;
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    }
    // The header already promised a size; anything else would corrupt every entry after this one.
    if (written !== entry.size)
      throw new Error(
        `${entry.name} changed while it was archived: ${written} bytes instead of ${entry.size}.`,
      );
    const padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if (padding > 0) yield Buffer.alloc(padding);
  }
  // The end of a tar archive is two zero blocks.
  yield Buffer.alloc(2 * BLOCK);
}

export function toTarHeader(entry: { name: string; size: number; mtime: Date }): Buffer {
  const name = Buffer.from(entry.name, 'utf8');
  if (name.length > 100)
    throw new Error(`"${entry.name}" is too long for a tar entry name (100 bytes at most).`);
  if (!Number.isSafeInteger(entry.size) || entry.size < 0 || entry.size > MAX_ENTRY_SIZE) {
    throw new Error(`${entry.name}: ${entry.size} bytes is more than one tar entry holds (8 GiB).`);
  }
  const header = Buffer.alloc(BLOCK);
  name.copy(header, 0);
  writeOctal(header, 100, 8, 0o644); // mode
  writeOctal(header, 108, 8, 0); // uid
  writeOctal(header, 116, 8, 0); // gid
  writeOctal(header, 124, 12, entry.size);
  writeOctal(header, 136, 12, Math.floor(entry.mtime.getTime() / 1000));
  header.write('        ', 148, 'latin1'); // the checksum is computed with its own field as spaces
  header.write('0', 156, 'latin1'); // typeflag: regular file
  header.write('ustar\u000000', 257, 'latin1'); // magic "ustar\0" and version "00"
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'latin1');
  return header;
}

function writeOctal(header: Buffer, offset: number, length: number, value: number) {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\u0000`, offset, 'latin1');
}
