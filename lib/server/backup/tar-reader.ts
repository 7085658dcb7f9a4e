/**
 * Reads the ustar archives tar-writer.ts writes (and those of the `tar` command, for regular
 * files), one entry at a time from a stream: nothing holds a whole entry in memory. Every header
 * checksum is verified, and an archive that stops before its end blocks is reported as truncated.
 */

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; read them (or not) before asking for the next entry. */
  body: AsyncIterable<Buffer>;
}

export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

const BLOCK = 512;

export async function* readTarEntries(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  for (;;) {
    const header = await reader.read(BLOCK);
    if (header.length === 0)
      throw new TarFormatError('the archive ends without its end marker (truncated file?)');
    if (header.length < BLOCK)
      throw new TarFormatError(
        'the archive ends in the middle of an entry header (truncated file?)',
      );
    if (header.every((byte) => byte === 0)) {
      const second = await reader.read(BLOCK);
      if (second.length < BLOCK || !second.every((byte) => byte === 0))
        throw new TarFormatError('the archive ends without its end marker (truncated file?)');
      return;
    }
    const entry = parseHeader(header);
    let remaining = entry.size;
    let consumed = false;
    const readRest = async () => {
      const chunk = await reader.readSome(remaining);
      if (chunk.length === 0)
        throw new TarFormatError(
          `the archive ends in the middle of ${entry.name} (truncated file?)`,
        );
      return chunk;
    };
    const body = async function* () {
      if (consumed) throw new TarFormatError(`${entry.name} was already read`);
      consumed = true;
      while (remaining > 0) {
        const chunk = await readRest();
        remaining -= chunk.length;
        yield chunk;
      }
    };
    yield { name: entry.name, size: entry.size, body: body() };
    // Whatever the consumer left unread, and the padding to the next block, is skipped.
    while (remaining > 0) remaining -= (await readRest()).length;
    const padding = (BLOCK - (entry.size % BLOCK)) % BLOCK;
    if ((await reader.read(padding)).length < padding)
      throw new TarFormatError(`the archive ends after ${entry.name} (truncated file?)`);
  }
}

function parseHeader(header: Buffer): { name: string; size: number } {
  const stored = parseOctal(header, 148, 8);
  let sum = 0;
  for (let index = 0; index < BLOCK; index += 1)
    sum += index >= 148 && index < 156 ? 0x20 : header[index]!;
  if (stored !== sum)
    throw new TarFormatError('an entry header is damaged (its checksum does not match)');
  if (header.toString('latin1', 257, 262) !== 'ustar')
    throw new TarFormatError('not a ustar archive');
  const type = String.fromCharCode(header[156]!);
  const name = cString(header, 0, 100);
  const prefix = cString(header, 345, 155);
  const fullName = prefix ? `${prefix}/${name}` : name;
  if (type !== '0' && type !== '\u0000')
    throw new TarFormatError(`${fullName} is not a regular file (tar type "${type}")`);
  return { name: fullName, size: parseOctal(header, 124, 12) };
}

function cString(header: Buffer, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end === -1 ? length : end);
}

function parseOctal(header: Buffer, offset: number, length: number): number {
  const text = cString(header, offset, length).trim();
  if (!/^[0-7]+$/.test(text))
    throw new TarFormatError('an entry header is damaged (a number field is not octal)');
  return parseInt(text, 8);
}

/** Exact-length reads over a stream of chunks of any size. */
class ByteReader {
  private pending: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** Up to `limit` bytes (fewer only at the end of the stream, then an empty buffer). */
  async readSome(limit: number): Promise<Buffer> {
    if (this.pending.length === 0 && !(await this.fill())) return Buffer.alloc(0);
    const chunk = this.pending.subarray(0, limit);
    this.pending = this.pending.subarray(chunk.length);
    return chunk;
  }

  /** Exactly `length` bytes, or fewer only when the stream ends first. */
  async read(length: number): Promise<Buffer> {
    while (this.pending.length < length && (await this.fill()));
    const chunk = this.pending.subarray(0, length);
    this.pending = this.pending.subarray(chunk.length);
    return Buffer.from(chunk);
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.length);
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    return true;
  }
}
