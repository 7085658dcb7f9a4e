import { describe, expect, it } from 'vitest';
import en from '../messages/en.json' with { type: 'json' };
import ko from '../messages/ko.json' with { type: 'json' };

/** Every message as "namespace.key" → text. */
function flatten(messages: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const entry of flatten(value as object, path)) entries.set(...entry);
  }
  return entries;
}

// The messages' keys are plain strings to TypeScript (i18n/app-config.d.ts): this is what keeps
// the two languages in step. (Their arguments may differ: Korean chooses particles by sound,
// e.g. {latestRo}, where English needs none.)
describe('messages/ko.json and messages/en.json', () => {
  const korean = flatten(ko);
  const english = flatten(en);

  it('have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...korean.keys()].sort());
  });
});
