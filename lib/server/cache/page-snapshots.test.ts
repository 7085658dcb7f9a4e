import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  hashInlineScripts,
  PageSnapshots,
  snapshotBody,
  UNCACHEABLE_MARK,
} from './page-snapshots.ts';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('hashInlineScripts', () => {
  it.each([
    ['<script>a()</script>', [sha('a()')]],
    ['<script src="/_next/x.js" async=""></script>', []],
    [
      '<script id="_R_">self.__next_f.push([1,"가"])</script>',
      [sha('self.__next_f.push([1,"가"])')],
    ],
    ['<script></script><script>b()</script><script>b()</script>', [sha('b()')]],
    ['<SCRIPT type="text/javascript">c()</SCRIPT >', [sha('c()')]],
    ['<p>no scripts</p>', []],
  ])('%s', (html, expected) => {
    expect(hashInlineScripts(html)).toEqual(expected);
  });
});

const page = (text: string, status = 200) =>
  new Response(text, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

describe('PageSnapshots', () => {
  it('renders once for concurrent misses of one key and serves the copy afterwards', async () => {
    let renders = 0;
    const snapshots = new PageSnapshots({
      maxBytes: 1000,
      render: async () => (renders++, page('<script>x()</script>')),
    });
    const [first, second] = await Promise.all([snapshots.get('k', '/'), snapshots.get('k', '/')]);
    expect(first).toBe(second);
    await snapshots.get('k', '/');
    expect(renders).toBe(1);
    expect(first!.scriptHashes).toEqual([sha('x()')]);
  });

  it.each([
    [page('oops', 500), null],
    [new Response(null, { status: 307, headers: { location: '/' } }), null],
    [new Response('{}', { headers: { 'content-type': 'application/json' } }), null],
    [page('gone', 404), 404],
  ])('keeps pages and missing pages only (%#)', async (response, status) => {
    const snapshots = new PageSnapshots({ maxBytes: 1000, render: async () => response });
    expect((await snapshots.get('k', '/'))?.status ?? null).toBe(status);
  });

  it('sends a rendering the page marked as not to be kept, and renders again next time', async () => {
    let renders = 0;
    const marked = `<main><p class="notice" ${UNCACHEABLE_MARK}="">left out</p></main>`;
    const snapshots = new PageSnapshots({
      maxBytes: 1000,
      render: async () => (renders++, page(marked)),
    });
    const [first, second] = await Promise.all([snapshots.get('k', '/'), snapshots.get('k', '/')]);
    expect(first).toBe(second); // the requests that waited share it
    expect(first!.keep).toBe(false);
    expect(snapshots.has('k')).toBe(false);
    await snapshots.get('k', '/');
    expect(renders).toBe(2);
  });

  it('keeps a page whose text merely names the mark (text a reader typed is escaped)', async () => {
    const snapshots = new PageSnapshots({
      maxBytes: 1000,
      render: async () => page(`<h1>“${UNCACHEABLE_MARK}=x” &lt;p ${UNCACHEABLE_MARK}&gt;</h1>`),
    });
    expect((await snapshots.get('k', '/'))!.keep).toBe(true);
    expect(snapshots.has('k')).toBe(true);
  });

  it('drops the least recently used past its size', async () => {
    const snapshots = new PageSnapshots({ maxBytes: 25, render: async () => page('0123456789') });
    await snapshots.get('a', '/a');
    await snapshots.get('b', '/b');
    await snapshots.get('a', '/a'); // a is now the most recent
    await snapshots.get('c', '/c');
    expect([snapshots.has('a'), snapshots.has('b'), snapshots.has('c')]).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe('snapshotBody', () => {
  it('gives every answer the snapshot’s own bytes, uncopied, and leaves them whole', async () => {
    const body = new TextEncoder().encode('<p>광주 '.repeat(50_000));
    const size = body.byteLength;
    // The chunk a reader gets is the snapshot's array itself: nothing was copied per answer.
    const reader = snapshotBody({ body }).getReader();
    const first = await reader.read();
    expect(first.value).toBe(body);
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    // Many answers at once read the same bytes, and after them the snapshot is unchanged
    // (a transfer would have detached it: byteLength 0).
    const texts = await Promise.all(
      Array.from({ length: 20 }, () => new Response(snapshotBody({ body })).text()),
    );
    expect(new Set(texts)).toEqual(new Set([new TextDecoder().decode(body)]));
    expect(body.byteLength).toBe(size);
  });
});
