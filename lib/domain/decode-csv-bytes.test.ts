import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import {
  decodeCsvBytes,
  decodeCsvSlices,
  listCsvEncodings,
  type DecodeCsvBytesResult,
} from './decode-csv-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]) =>
  Uint8Array.from(parts.flatMap((part) => Array.from(part)));

// CP949 written out byte by byte, as Korean Excel's "CSV (쉼표로 분리)" saves it.
const CP949 = {
  gwangju: bytes(0xb1, 0xa4, 0xc1, 0xd6), // 광주
  indicatorValue: bytes(0xc1, 0xf6, 0xc7, 0xa5, 0x2c, 0xb0, 0xaa), // 지표,값
  aiCompanies: bytes(0xc0, 0xce, 0xb0, 0xf8, 0xc1, 0xf6, 0xb4, 0xc9, 0x20, 0xb1, 0xe2, 0xbe, 0xf7), // 인공지능 기업
};
const BOM = bytes(0xef, 0xbb, 0xbf);

describe('the hand-written CP949 bytes', () => {
  it.each([
    [CP949.gwangju, '광주'],
    [CP949.indicatorValue, '지표,값'],
    [CP949.aiCompanies, '인공지능 기업'],
  ])('%j decode to %s with the platform decoder', (input, text) => {
    expect(new TextDecoder('euc-kr').decode(input)).toBe(text);
  });
});

describe('decodeCsvBytes', () => {
  it.each<[string, Uint8Array, DecodeCsvBytesResult]>([
    [
      'ASCII',
      utf8('indicator,value\r\n'),
      { ok: true, text: 'indicator,value\r\n', encoding: 'utf-8' },
    ],
    [
      'UTF-8 Korean without a BOM',
      utf8('지표,값\n광주,1'),
      { ok: true, text: '지표,값\n광주,1', encoding: 'utf-8' },
    ],
    [
      'UTF-8 with a BOM, which is stripped',
      concat(BOM, utf8('지표,값')),
      { ok: true, text: '지표,값', encoding: 'utf-8-bom' },
    ],
    [
      'a second BOM, which is content',
      concat(BOM, BOM, utf8('a')),
      { ok: true, text: '\uFEFFa', encoding: 'utf-8-bom' },
    ],
    ['CP949 광주', CP949.gwangju, { ok: true, text: '광주', encoding: 'cp949' }],
    [
      'a CP949 CSV line',
      concat(CP949.indicatorValue, utf8('\r\n'), CP949.aiCompanies, utf8(',62\r\n')),
      { ok: true, text: '지표,값\r\n인공지능 기업,62\r\n', encoding: 'cp949' },
    ],
    ['an empty file', bytes(), { ok: false, code: 'empty', params: {} }],
    ['a file holding only a BOM', BOM, { ok: false, code: 'empty', params: {} }],
    [
      'an XLSX workbook (ZIP magic)',
      concat(bytes(0x50, 0x4b, 0x03, 0x04), utf8('[Content_Types].xml')),
      { ok: false, code: 'binary', params: { reason: 'zip' } },
    ],
    [
      'a NUL byte',
      utf8('a,b\u0000c'),
      { ok: false, code: 'binary', params: { reason: 'nul', offset: 3 } },
    ],
    [
      'UTF-16LE "유니코드 텍스트"',
      bytes(0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00),
      { ok: false, code: 'binary', params: { reason: 'nul', offset: 3 } },
    ],
    [
      'bytes neither UTF-8 nor CP949',
      bytes(0x61, 0xff, 0xff),
      { ok: false, code: 'encoding', params: {} },
    ],
    ['a lone 0x80', bytes(0x61, 0x80), { ok: false, code: 'encoding', params: {} }],
    [
      'a CP949 lead byte cut off at the end',
      concat(CP949.gwangju, bytes(0xb1)),
      { ok: false, code: 'encoding', params: {} },
    ],
    [
      'a CP949 lead byte before an ASCII space',
      bytes(0xb1, 0x20),
      { ok: false, code: 'encoding', params: {} },
    ],
    [
      'a BOM before invalid UTF-8',
      concat(BOM, CP949.gwangju),
      { ok: false, code: 'encoding', params: {} },
    ],
  ])('%s', (_, input, expected) => {
    expect(decodeCsvBytes(input)).toEqual(expected);
  });

  // Windows-949 extension syllables (outside KS X 1001's 2,350), which Node's TextDecoder('euc-kr')
  // drops without an error ("똠" came out as "c"). A file containing them is a valid CP949 file.
  it.each([
    ['똠', bytes(0x8c, 0x63)],
    ['햏', bytes(0xc1, 0x64)],
    ['뷁', bytes(0x94, 0xee)],
    [
      '광주 똠,햏\r\n뷁',
      concat(CP949.gwangju, bytes(0x20, 0x8c, 0x63, 0x2c, 0xc1, 0x64, 0x0d, 0x0a, 0x94, 0xee)),
    ],
  ])('decodes the Windows-949 extension syllables in %j exactly', (text, input) => {
    expect(decodeCsvBytes(input)).toEqual({ ok: true, text, encoding: 'cp949' });
  });

  it('decodes every Hangul syllable (all 11,172) from CP949, as iconv-lite encodes them', () => {
    const syllables = Array.from({ length: 0xd7a3 - 0xac00 + 1 }, (_, index) =>
      String.fromCharCode(0xac00 + index),
    ).join('');
    expect(decodeCsvBytes(iconv.encode(syllables, 'cp949'))).toEqual({
      ok: true,
      text: syllables,
      encoding: 'cp949',
    });
  });

  it.each([
    ['a CP949 lead byte before an invalid trail byte', bytes(0xb1, 0x5b)],
    ['an extension lead byte before a control character', bytes(0x8c, 0x09)],
    [
      "a two-byte code in CP949's user-defined area, which has no standard character",
      bytes(0xfe, 0xa1),
    ],
    ['valid syllables, then a lone 0xFF', concat(CP949.gwangju, bytes(0x8c, 0x63, 0xff))],
  ])('refuses %s rather than storing a replacement character', (_, input) => {
    expect(decodeCsvBytes(input)).toEqual({ ok: false, code: 'encoding', params: {} });
  });

  it('decodes any text CP949 can write back to that same text', () => {
    const cp949Char = fc.oneof(
      fc.constantFrom('\r', '\n', ',', '"', ' '),
      fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.array(cp949Char, { minLength: 1, maxLength: 100 }), (chars) => {
        const text = chars.join('');
        const encoded = iconv.encode(text, 'cp949');
        // Detection tries UTF-8 first: ASCII is the same in both, but a few syllables' CP949 bytes
        // are also valid UTF-8 (훱 is C4 83, "ă"), and a file of only such syllables is read as UTF-8.
        // eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
        fc.pre(/^[\x00-\x7f]*$/.test(text) || !isUtf8(encoded));
        expect(decodeCsvBytes(encoded)).toMatchObject({ ok: true, text });
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any NUL-free text encoded as UTF-8 unchanged (a leading BOM is the marker)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const text = raw.replaceAll('\u0000', '');
        const result = decodeCsvBytes(utf8(text));
        const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
        if (body === '') expect(result).toMatchObject({ ok: false, code: 'empty' });
        else
          expect(result).toEqual({
            ok: true,
            text: body,
            encoding: text === body ? 'utf-8' : 'utf-8-bom',
          });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and decoded text never holds a NUL or a replacement character it did not get', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const result = decodeCsvBytes(input);
        if (result.ok) {
          expect(result.text).not.toContain('\u0000');
          if (result.encoding === 'cp949') expect(result.text).not.toContain('\uFFFD');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** decodeCsvBytes's answer reached a slice at a time, as the server reads an upload. */
function decodeInSlices(input: Uint8Array, sliceBytes: number): DecodeCsvBytesResult {
  const listed = listCsvEncodings(input);
  if (!listed.ok) return listed;
  for (const encoding of listed.encodings) {
    const decoding = decodeCsvSlices(input, encoding, sliceBytes);
    const text = [...decoding.slices].join('');
    if (!decoding.failed) return { ok: true, text, encoding };
  }
  return { ok: false, code: 'encoding', params: {} };
}

describe('decodeCsvSlices', () => {
  // Every slice size from 1 byte splits some two- or three-byte character between two slices.
  it.each([
    [
      'CP949 with the Windows-949 extension syllables',
      iconv.encode('지표,값\r\n똠,"햏 뷁"\r\n광주', 'cp949'),
    ],
    ['UTF-8', utf8('지표,값\r\n똠,"햏 뷁"\r\n광주 €𝄞')],
    ['UTF-8 with a BOM', concat(BOM, utf8('지표,값\r\n똠,"햏 뷁"'))],
    ['a lone BOM', BOM],
    [
      'CP949 whose first Korean byte comes after 40 bytes of ASCII',
      concat(utf8('a,'.repeat(20)), CP949.aiCompanies),
    ],
    ['valid CP949, then a lone 0xFF at the end', concat(CP949.gwangju, bytes(0x8c, 0x63, 0xff))],
    ['a BOM, then bytes that are not UTF-8', concat(BOM, CP949.gwangju)],
  ])('decodes %s as decodeCsvBytes does, a character split between slices included', (_, input) => {
    for (const sliceBytes of [1, 2, 3, 4, 5, 7, 64])
      expect(decodeInSlices(input, sliceBytes)).toEqual(decodeCsvBytes(input));
  });

  it('agrees with decodeCsvBytes on any bytes and any slice size', () => {
    const text = fc.array(
      fc.constantFrom('a', ',', '\r\n', '"', '광', '똠', '햏', '뷁', 'é', '𝄞'),
      {
        maxLength: 60,
      },
    );
    const input = fc.oneof(
      text.map((chars) => iconv.encode(chars.join(''), 'cp949')),
      text.map((chars) => utf8(chars.join(''))),
      text.map((chars) => concat(BOM, utf8(chars.join('')))),
      fc.uint8Array({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 16 }), (bytes, sliceBytes) => {
        expect(decodeInSlices(bytes, sliceBytes)).toEqual(decodeCsvBytes(bytes));
      }),
      { numRuns: 1000 },
    );
  });
});
