/**
 * Turns an uploaded CSV file's bytes into text, guessing the encoding the way staff files actually
 * arrive: Excel's "CSV UTF-8" (with a BOM), plain UTF-8 from other tools, or Korean Excel's
 * "CSV (쉼표로 분리)", which is written in the Windows code page CP949 and carries no marker at all.
 */
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'cp949';

export const DECODE_CSV_ERROR_CODES = ['empty', 'binary', 'encoding'] as const;
export type DecodeCsvErrorCode = (typeof DECODE_CSV_ERROR_CODES)[number];

export type DecodeCsvBytesResult =
  | { ok: true; text: string; encoding: CsvEncoding }
  | { ok: false; code: DecodeCsvErrorCode; params: Record<string, string | number> };

const UTF8_BOM_BYTES = [0xef, 0xbb, 0xbf] as const;
// Every ZIP archive starts with a local file header; an .xlsx workbook is a ZIP archive.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
const REPLACEMENT_CHARACTER = '\uFFFD';

export function decodeCsvBytes(bytes: Uint8Array): DecodeCsvBytesResult {
  if (bytes.length === 0) return { ok: false, code: 'empty', params: {} };
  if (startsWith(bytes, ZIP_MAGIC)) return { ok: false, code: 'binary', params: { reason: 'zip' } };
  // No text encoding a person saves a CSV in writes NUL, and PostgreSQL cannot store it in text;
  // it means a binary file (.xls, .xlsx renamed) or UTF-16 ("유니코드 텍스트"), which Excel also offers.
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, code: 'binary', params: { reason: 'nul', offset: nul } };

  if (startsWith(bytes, UTF8_BOM_BYTES)) {
    const text = decodeUtf8(bytes.subarray(UTF8_BOM_BYTES.length));
    if (text === undefined) return { ok: false, code: 'encoding', params: {} };
    if (text === '') return { ok: false, code: 'empty', params: {} };
    return { ok: true, text, encoding: 'utf-8-bom' };
  }
  // UTF-8 first: a CP949 file of Korean text is practically never valid UTF-8 (its lead bytes
  // 0xB0–0xC8 mostly fall on UTF-8 continuation bytes), while every ASCII file is valid as both.
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const cp949 = decodeCp949(bytes);
  if (cp949 !== undefined) return { ok: true, text: cp949, encoding: 'cp949' };
  return { ok: false, code: 'encoding', params: {} };
}

/**
 * The same decision as decodeCsvBytes, for a reader that must not hold the whole text (a 50 MB
 * file of Korean text is 100 MB as one string): either why the bytes are no text at all, or the
 * encodings to try in order, each read with decodeCsvSlices until one reads to the end.
 */
export function listCsvEncodings(
  bytes: Uint8Array,
): { ok: true; encodings: CsvEncoding[] } | Extract<DecodeCsvBytesResult, { ok: false }> {
  if (bytes.length === 0) return { ok: false, code: 'empty', params: {} };
  if (startsWith(bytes, ZIP_MAGIC)) return { ok: false, code: 'binary', params: { reason: 'zip' } };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, code: 'binary', params: { reason: 'nul', offset: nul } };
  if (!startsWith(bytes, UTF8_BOM_BYTES)) return { ok: true, encodings: ['utf-8', 'cp949'] };
  // Any bytes after the marker decode to some text or fail: only nothing at all is empty.
  if (bytes.length === UTF8_BOM_BYTES.length) return { ok: false, code: 'empty', params: {} };
  return { ok: true, encodings: ['utf-8-bom'] };
}

/**
 * Bytes decoded per slice: well under a millisecond of CP949, the slowest decoder, and text of at
 * most 64 kB, which V8 allocates young and frees cheaply; a string over 128 kB goes to its
 * large-object space, freed only by a full collection, so larger slices made garbage pile up.
 */
export const DECODE_SLICE_BYTES = 32 * 1024;

/**
 * `bytes` decoded as `encoding`, one slice of `sliceBytes` at a time, by the rules of
 * decodeCsvBytes; a character split between slices is decoded whole, in the later one. The
 * slices stop early when the bytes turn out not to be text in `encoding`, and `failed` then says
 * so: every slice read before must be dropped (the next encoding of listCsvEncodings, or none).
 */
export function decodeCsvSlices(
  bytes: Uint8Array,
  encoding: CsvEncoding,
  sliceBytes = DECODE_SLICE_BYTES,
): { slices: Iterable<string>; readonly failed: boolean } {
  const state = { failed: false };
  const body = encoding === 'utf-8-bom' ? bytes.subarray(UTF8_BOM_BYTES.length) : bytes;
  const decoding =
    encoding === 'cp949' ? cp949Slices(body, sliceBytes) : utf8Slices(body, sliceBytes);
  function* slices() {
    state.failed = !(yield* decoding);
  }
  return {
    slices: slices(),
    get failed() {
      return state.failed;
    },
  };
}

/** Returns whether every byte was UTF-8. */
function* utf8Slices(bytes: Uint8Array, sliceBytes: number): Generator<string, boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (let at = 0; at <= bytes.length; at += sliceBytes) {
    let text: string;
    try {
      // The last call, past the end, ends the stream: a character cut off there is an error.
      const slice = bytes.subarray(at, at + sliceBytes);
      text =
        at + sliceBytes <= bytes.length
          ? decoder.decode(slice, { stream: true })
          : decoder.decode(slice);
    } catch {
      return false;
    }
    if (text !== '') yield text;
  }
  return true;
}

/**
 * decodeCp949 a slice at a time: each decoded piece must encode back to the bytes it came from.
 * Returns whether every byte was.
 */
function* cp949Slices(bytes: Uint8Array, sliceBytes: number): Generator<string, boolean> {
  const decoder = iconv.getDecoder('cp949');
  let checked = 0;
  const isExact = (piece: string): boolean => {
    if (piece.includes(REPLACEMENT_CHARACTER)) return false;
    const encoded = iconv.encode(piece, 'cp949');
    if (!sameBytes(encoded, bytes.subarray(checked, checked + encoded.length))) return false;
    checked += encoded.length;
    return true;
  };
  for (let at = 0; at < bytes.length; at += sliceBytes) {
    const slice = bytes.subarray(at, at + sliceBytes);
    const piece = decoder.write(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength));
    if (!isExact(piece)) return false;
    if (piece !== '') yield piece;
  }
  const rest = decoder.end() ?? '';
  if (!isExact(rest)) return false;
  if (rest !== '') yield rest;
  return checked === bytes.length;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: a second BOM after the one we stripped is content, not a marker; keep it visible.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * CP949 (Windows-949, what Korean Excel writes) through iconv-lite's table, which has all 17,048
 * two-byte codes including the 8,822 Hangul syllables KS X 1001 lacks (똠, 햏, 뷁…). Node's own
 * `TextDecoder('euc-kr')` does not: its ICU table drops those lead bytes without an error.
 *
 * iconv-lite never throws: a byte that is no CP949 code becomes U+FFFD. CP949 has no code for
 * U+FFFD itself, so one in the text means the file is not CP949; and encoding the text back must
 * give the same bytes, so nothing was read loosely. A garbled quote stored as a citation is worse
 * than a refused file.
 */
function decodeCp949(bytes: Uint8Array): string | undefined {
  const text = iconv.decode(bytes, 'cp949');
  if (text.includes(REPLACEMENT_CHARACTER)) return undefined;
  return sameBytes(iconv.encode(text, 'cp949'), bytes) ? text : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
