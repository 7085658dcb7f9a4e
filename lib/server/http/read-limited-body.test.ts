import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './read-limited-body.ts';

/** A POST whose body arrives in `chunks`, with a declared length or none. */
function upload(chunks: number[][], declared?: number): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(Uint8Array.from(chunk));
      controller.close();
    },
  });
  const headers: Record<string, string> =
    declared === undefined ? {} : { 'content-length': String(declared) };
  return new Request('http://localhost/upload', {
    method: 'POST',
    body,
    headers,
    // @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
    duplex: 'half',
  });
}

describe('readLimitedBody', () => {
  // [what, chunks, declared length, limit, expected bytes or null]
  it.each<[string, number[][], number | undefined, number, number[] | null]>([
    ['the declared length, in chunks', [[1, 2], [3], [4, 5]], 5, 10, [1, 2, 3, 4, 5]],
    [
      'no declared length: the array grows',
      [[1, 2], [3], [4, 5, 6, 7]],
      undefined,
      10,
      [1, 2, 3, 4, 5, 6, 7],
    ],
    ['fewer bytes than declared', [[1, 2]], 5, 10, [1, 2]],
    [
      'more bytes than declared',
      [
        [1, 2],
        [3, 4],
      ],
      1,
      10,
      [1, 2, 3, 4],
    ],
    ['exactly the limit', [[1, 2], [3]], undefined, 3, [1, 2, 3]],
    ['a declared length over the limit, refused unread', [[1]], 11, 10, null],
    [
      'a body that passes the limit while read',
      [
        [1, 2],
        [3, 4],
      ],
      undefined,
      3,
      null,
    ],
    ['an empty body', [], 0, 10, []],
  ])('%s', async (_, chunks, declared, limit, expected) => {
    const bytes = await readLimitedBody(upload(chunks, declared), limit);
    expect(bytes === null ? null : Array.from(bytes)).toEqual(expected);
  });
});
