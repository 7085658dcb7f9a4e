import { describe, expect, it } from 'vitest';
import { escapeXml, toAtomXml, type AtomFeed } from './atom.ts';

describe('escapeXml', () => {
  it.each([
    ['plain 광주 text', 'plain 광주 text'],
    ['5,000억 < 6,192억 & more', '5,000억 &lt; 6,192억 &amp; more'],
    ['"quoted" and \'single\'', '&quot;quoted&quot; and &apos;single&apos;'],
    ['a]]>b', 'a]]&gt;b'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    // Control characters XML cannot carry are dropped; tab and line breaks stay.
    ['bell\u0007 null\u0000 tab\t line\n', 'bell null tab\t line\n'],
    ['lone \uD800 surrogate, pair 😀', 'lone  surrogate, pair 😀'],
  ])('%j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

const FEED: AtomFeed = {
  id: 'tag:example.org,2026:feed/all',
  title: 'Feed & <title>',
  subtitle: 'What changed',
  updated: '2026-12-03T01:02:03.000Z',
  lang: 'ko',
  selfHref: 'https://example.org/feed.xml?indicator=a&lang=en',
  alternateHref: 'https://example.org/',
  authorName: '공약 대시보드',
  entries: [
    {
      id: 'tag:example.org,2026:figure-revision/7',
      title: '새 수치: 창업펀드 6,192억 원 (2025년 9월)',
      updated: '2026-12-03T01:02:03.000Z',
      href: 'https://example.org/figures/startup-fund-2025-09',
      summary: '“누적 6,192억원 <조기 달성>” (기사)\n둘째 줄',
    },
  ],
};

describe('toAtomXml', () => {
  it('writes the feed’s required elements and each entry’s, escaped', () => {
    expect(toAtomXml(FEED)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">',
        '  <id>tag:example.org,2026:feed/all</id>',
        '  <title>Feed &amp; &lt;title&gt;</title>',
        '  <subtitle>What changed</subtitle>',
        '  <updated>2026-12-03T01:02:03.000Z</updated>',
        '  <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml?indicator=a&amp;lang=en"/>',
        '  <link rel="alternate" type="text/html" href="https://example.org/"/>',
        '  <author>',
        '    <name>공약 대시보드</name>',
        '  </author>',
        '  <entry>',
        '    <id>tag:example.org,2026:figure-revision/7</id>',
        '    <title>새 수치: 창업펀드 6,192억 원 (2025년 9월)</title>',
        '    <updated>2026-12-03T01:02:03.000Z</updated>',
        '    <link rel="alternate" type="text/html" href="https://example.org/figures/startup-fund-2025-09"/>',
        '    <summary type="text">“누적 6,192억원 &lt;조기 달성&gt;” (기사)\n둘째 줄</summary>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty feed without entries, still valid (updated and author present)', () => {
    const xml = toAtomXml({ ...FEED, subtitle: undefined, entries: [] });
    expect(xml).not.toContain('<entry>');
    expect(xml).not.toContain('<subtitle>');
    expect(xml).toContain('<updated>2026-12-03T01:02:03.000Z</updated>');
    expect(xml).toContain('<author>');
  });

  it('leaves no unescaped markup from any text', () => {
    const hostile = '</title><script>alert(1)</script>&';
    const xml = toAtomXml({
      ...FEED,
      title: hostile,
      entries: [{ ...FEED.entries[0]!, title: hostile, summary: hostile, href: hostile }],
    });
    expect(xml).not.toContain('<script>');
    expect(xml.match(/<title>/g)).toHaveLength(2);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});
