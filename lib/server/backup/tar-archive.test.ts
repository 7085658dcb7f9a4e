import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTarEntries } from './tar-reader.ts';
import { toTarChunks } from './tar-writer.ts';

const SIZES = [0, 1, 511, 512, 513, 100_000];

async function toTar(files: { name: string; data: Buffer }[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sources = files.map((file) => ({
    name: file.name,
    size: file.data.length,
    mtime: new Date('2026-12-01T00:00:00Z'),
    open: async function* () {
      yield file.data;
    },
  }));
  for await (const chunk of toTarChunks(sources)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Reads in 700-byte pieces, so entry and block boundaries fall inside chunks. */
async function fromTar(bytes: Buffer) {
  const pieces = Array.from({ length: Math.ceil(bytes.length / 700) }, (_, index) =>
    bytes.subarray(index * 700, (index + 1) * 700),
  );
  const files: { name: string; data: Buffer }[] = [];
  for await (const entry of readTarEntries(Readable.from(pieces))) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    files.push({ name: entry.name, data: Buffer.concat(chunks) });
  }
  return files;
}

describe('tar archives', () => {
  const files = SIZES.map((size) => ({ name: `data/file_${size}.copy`, data: randomBytes(size) }));

  it('read back exactly what was written, at every size around a block', async () => {
    expect(await fromTar(await toTar(files))).toEqual(files);
  });

  it('are what the system tar reads', async () => {
    const tar = spawnSync('tar', ['--version']);
    if (tar.status !== 0) return; // no tar on this machine: nothing to compare with
    const folder = await mkdtemp(path.join(os.tmpdir(), 'pledgeboard-tar-test-'));
    try {
      await writeFile(path.join(folder, 'a.tar'), await toTar(files));
      const listed = spawnSync('tar', ['-tvf', path.join(folder, 'a.tar')], { encoding: 'utf8' });
      expect(listed.status, listed.stderr).toBe(0);
      expect(
        listed.stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/).at(-1)),
      ).toEqual(files.map((file) => file.name));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'cut inside an entry',
      (tar: Buffer) => tar.subarray(0, 512 + 300),
      /ends in the middle of data\/file_0\.copy|ends after|truncated/,
    ],
    [
      'without its end marker',
      (tar: Buffer) => tar.subarray(0, tar.length - 1024),
      /end marker \(truncated file\?\)/,
    ],
    [
      'with a damaged header',
      (tar: Buffer) => Buffer.concat([Buffer.from('x'), tar.subarray(1)]),
      /header is damaged/,
    ],
  ])('refuses an archive %s', async (_case, damage, message) => {
    await expect(fromTar(damage(await toTar(files)))).rejects.toThrow(message);
  });

  it('refuses a name longer than a tar header holds', async () => {
    await expect(
      toTar([{ name: `data/${'x'.repeat(100)}.copy`, data: Buffer.alloc(1) }]),
    ).rejects.toThrow(/too long for a tar entry name/);
  });
});
