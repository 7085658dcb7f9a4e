/**
 * Text for SVG images drawn without a browser: escaped for XML, and wrapped to a width by an
 * estimate of each character's advance (no font metrics exist on the server). The estimate leans
 * wide, so a line may end early but never runs past the image's edge.
 */

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  // Control characters other than tab and line breaks are not allowed in XML at all: one in a
  // source title would make the whole image unreadable, so they are dropped.
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!)
  );
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Width of a character in ems. Hangul, CJK and full-width forms are square (1 em); Latin letters,
 * digits and punctuation about half that in the sans-serif faces used (Noto Sans CJK, NanumGothic).
 */
function advanceOf(char: string): number {
  const code = char.codePointAt(0)!;
  if (
    code >= 0x1100 &&
    (code <= 0x11ff ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60))
  ) {
    return 1;
  }
  if (char === ' ') return 0.3;
  if (/[il.,:;'|!()[\]]/.test(char)) return 0.3;
  if (/[A-ZMW@%&]/.test(char)) return 0.7;
  return 0.58;
}

/** Estimated width of `text` at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += advanceOf(char);
  return ems * fontSize;
}

/**
 * Lines of at most `width` pixels, broken at spaces (Korean text breaks between words too) and
 * inside a word only when the word alone is too wide. Beyond `maxLines` the last line ends in "…".
 */
export function wrapText(
  text: string,
  { width, fontSize, maxLines }: { width: number; fontSize: number; maxLines: number },
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (estimateTextWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A single word wider than the line (a long URL, a run of Hangul without spaces) is cut.
    while (estimateTextWidth(line, fontSize) > width) {
      const cut = fitPrefix(line, width, fontSize);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, fitPrefix(last, width - fontSize, fontSize))}…`;
  return kept;
}

/** How many UTF-16 units of `text` fit in `width` (at least one character, so wrapping advances). */
function fitPrefix(text: string, width: number, fontSize: number): number {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += advanceOf(char) * fontSize;
    if (used > width && end > 0) break;
    end += char.length;
  }
  return end;
}
