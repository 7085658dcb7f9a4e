/**
 * An Atom 1.0 document (RFC 4287), written as text: the feed needs a handful of elements, and a
 * writer this small is easier to check than a dependency. Every text and attribute goes through
 * `escapeXml`, so a quote with "<", "&" or a stray control character still gives valid XML.
 */

export interface AtomEntry {
  /** A permanent, unique IRI: tag: or an absolute URL. */
  id: string;
  title: string;
  /** ISO instant. */
  updated: string;
  /** Absolute URL of the page the entry is about (link rel="alternate"). */
  href: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** ISO instant: the newest entry's, or when the (empty) feed was asked for. */
  updated: string;
  /** The language of its texts (xml:lang), e.g. "ko". */
  lang: string;
  /** Absolute URLs: the feed itself and the page it follows. */
  selfHref: string;
  alternateHref: string;
  authorName: string;
  entries: readonly AtomEntry[];
}

// Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return;
// lone surrogates; U+FFFE and U+FFFF): dropped, as no escape can carry them.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in element content and in double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const element = (name: string, text: string, indent: string) =>
  `${indent}<${name}>${escapeXml(text)}</${name}>`;

const link = (rel: string, href: string, indent: string, type?: string) =>
  `${indent}<link rel="${rel}"${type ? ` type="${escapeXml(type)}"` : ''} href="${escapeXml(href)}"/>`;

export function toAtomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    element('id', feed.id, '  '),
    element('title', feed.title, '  '),
    ...(feed.subtitle ? [element('subtitle', feed.subtitle, '  ')] : []),
    element('updated', feed.updated, '  '),
    link('self', feed.selfHref, '  ', 'application/atom+xml'),
    link('alternate', feed.alternateHref, '  ', 'text/html'),
    `  <author>\n${element('name', feed.authorName, '    ')}\n  </author>`,
    ...feed.entries.map((entry) =>
      [
        '  <entry>',
        element('id', entry.id, '    '),
        element('title', entry.title, '    '),
        element('updated', entry.updated, '    '),
        link('alternate', entry.href, '    ', 'text/html'),
        `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
