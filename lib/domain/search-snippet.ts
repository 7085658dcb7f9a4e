/**
 * The part of a matched text a results list shows: the match with some words either side, cut
 * at a space where there is one, and the match itself marked. Case-insensitive like the search.
 */

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Characters kept before and after the match: a line of a results list on a phone. */
const CONTEXT = 60;

export function toSearchSnippet(text: string, query: string, context = CONTEXT): SnippetPart[] {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  // Lower-casing keeps lengths for Korean and English; if it ever does not, show the start.
  if (at < 0 || text.toLowerCase().length !== text.length)
    return [{ text: shorten(text, context * 2), match: false }];
  const end = at + query.length;
  const start = cutStart(text, Math.max(0, at - context));
  const stop = cutEnd(text, Math.min(text.length, end + context));
  const parts: SnippetPart[] = [];
  const before = `${start > 0 ? '…' : ''}${text.slice(start, at)}`;
  if (before) parts.push({ text: before, match: false });
  parts.push({ text: text.slice(at, end), match: true });
  const after = `${text.slice(end, stop)}${stop < text.length ? '…' : ''}`;
  if (after) parts.push({ text: after, match: false });
  return parts;
}

function cutStart(text: string, index: number): number {
  if (index === 0) return 0;
  const space = text.indexOf(' ', index);
  return space >= 0 && space - index < 15 ? space + 1 : index;
}

function cutEnd(text: string, index: number): number {
  if (index === text.length) return index;
  const space = text.lastIndexOf(' ', index);
  return space >= 0 && index - space < 15 ? space : index;
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
