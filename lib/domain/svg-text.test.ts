import { describe, expect, it } from 'vitest';
import { escapeXml, estimateTextWidth, wrapText } from './svg-text.ts';

describe('escapeXml', () => {
  it.each([
    ['6,192억 원', '6,192억 원'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["R&D 'AI'", 'R&amp;D &apos;AI&apos;'],
    ['제목\u0001\u001F 끝', '제목 끝'],
  ])('%s → %s', (text, expected) => expect(escapeXml(text)).toBe(expected));
});

describe('estimateTextWidth', () => {
  it('counts Hangul as square and Latin as narrower', () => {
    expect(estimateTextWidth('창업펀드', 10)).toBe(40);
    expect(estimateTextWidth('fund', 10)).toBeLessThan(estimateTextWidth('창업', 10) * 2);
  });
});

describe('wrapText', () => {
  it('breaks between words, never past the width', () => {
    const text =
      '창업펀드 조성액: 최근 보고 수치는 2025년 9월 기준 6,192억 원입니다. 목표 5,000억 원 대비 123.8%로 조기 달성.';
    const lines = wrapText(text, { width: 200, fontSize: 16, maxLines: 10 });
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word wider than the line and ends with … beyond maxLines', () => {
    const lines = wrapText(`${'가'.repeat(30)} 끝`, { width: 100, fontSize: 10, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('가'.repeat(10));
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('keeps short text as one line', () => {
    expect(wrapText('Startup fund raised', { width: 600, fontSize: 28, maxLines: 2 })).toEqual([
      'Startup fund raised',
    ]);
  });
});
