/**
 * The longest text staff may store in each kind of field, the same in forms and CSV imports.
 * Generous for a sentence quoted from an article; small enough that a pasted page is refused.
 */
export const TEXT_LIMITS = {
  quote: 2000,
  note: 1000,
  reason: 1000,
  /** Why staff rated a pledge as they did: a paragraph, in each language. */
  reasoning: 4000,
  title: 300,
  name: 200,
  url: 2000,
} as const;
