import { describe, expect, it } from 'vitest';
import { toSearchSnippet } from './search-snippet.ts';

const marked = (text: string, query: string, context?: number) =>
  toSearchSnippet(text, query, context)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('');

describe('toSearchSnippet', () => {
  it.each([
    ['창업펀드 조성액', '펀드', '창업[펀드] 조성액'],
    ['Startup fund size', 'FUND', 'Startup [fund] size'],
    ['창업펀드', '창업펀드', '[창업펀드]'],
    ['no match here', 'zzz', 'no match here'],
  ])('%j with %j → %j', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('cuts a long text around the match at spaces and says so', () => {
    const text = `${'앞 문장 '.repeat(20)}5000억 창업펀드 목표를 조기 달성${' 뒤 문장'.repeat(20)}`;
    const snippet = marked(text, '창업펀드', 12);
    expect(snippet).toMatch(/^…/);
    expect(snippet).toMatch(/…$/);
    expect(snippet).toContain('[창업펀드]');
    expect(snippet.length).toBeLessThan(50);
  });
});
