/**
 * Turns an uploaded CSV file's bytes into text, guessing the encoding the way staff files actually
 * arrive: Excel's "CSV UTF-8" (with a BOM), plain UTF-8 from other tools, or Korean Excel's
 * "CSV (쉼표로 분리)", which is written in the Windows code page CP949 and carries no marker at all.
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'cp949';

export const DECODE_CSV_ERROR_CODES = ['empty', 'binary', 'encoding'] as const;
export type DecodeCsvErrorCode = (typeof DECODE_CSV_ERROR_CODES)[number];

export type DecodeCsvBytesResult =
  | { ok: true; text: string; encoding: CsvEncoding }
  | { ok: false; code: DecodeCsvErrorCode; params: Record<string, string | number> };

const UTF8_BOM_BYTES = [0xef, 0xbb, 0xbf] as const;
// Every ZIP archive starts with a local file header; an .xlsx workbook is a ZIP archive.
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

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

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: a second BOM after the one we stripped is content, not a marker; keep it visible.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * WHATWG "euc-kr" is Windows-949 (CP949), what browsers implement. Node's ICU-backed decoder is not:
 * it knows only the 2,350 KS X 1001 syllables, and for the other 8,822 (똠, 햏, 뷁…) it silently drops
 * the lead byte or writes U+FFFD even with `fatal: true`. A garbled quote stored as a citation is
 * worse than a refused file, so the decoded text is checked against the byte structure: every
 * ASCII byte must come out as itself and every two-byte sequence as one non-ASCII character.
 */
function decodeCp949(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
  } catch {
    // Also a runtime without the legacy encodings (Node built with small-icu throws RangeError).
    return undefined;
  }
  let at = 0;
  for (let i = 0; i < bytes.length; at += 1) {
    const lead = bytes[i] ?? 0;
    const char = text.charCodeAt(at);
    if (lead < 0x80) {
      if (char !== lead) return undefined;
      i += 1;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    const isPair = lead >= 0x81 && lead <= 0xfe && trail >= 0x41 && trail <= 0xfe;
    if (!isPair || Number.isNaN(char) || char < 0x80 || char === 0xfffd) return undefined;
    i += 2;
  }
  return at === text.length ? text : undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
