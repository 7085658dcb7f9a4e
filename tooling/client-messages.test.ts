import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PUBLIC_CLIENT_NAMESPACES,
  STAFF_CLIENT_NAMESPACES,
  pickMessages,
} from '../i18n/client-messages.ts';
import { IMPORT_ISSUE_MESSAGES } from '../lib/domain/format-import-issue.ts';
import ko from '../messages/ko.json' with { type: 'json' };

/**
 * The browser gets only the message namespaces listed in i18n/client-messages.ts. This walks
 * every 'use client' module and everything it imports (the code that runs in the browser) and
 * collects the namespaces its `useTranslations(…)` calls read: one missing from the list would
 * show the reader a message key instead of its text.
 */
const root = path.resolve(import.meta.dirname, '..');
const SOURCE_FOLDERS = ['app', 'components', 'lib', 'i18n'];
/** Namespaces passed by name rather than as a literal, and the value each name holds. */
const NAMED_NAMESPACES: Record<string, string> = { IMPORT_ISSUE_MESSAGES };

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\./.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return (
    candidates.find(
      (candidate) => /\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate)),
    ) ?? null
  );
}

const files = SOURCE_FOLDERS.flatMap(sourceFiles);
const text = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));

function importsOf(file: string): string[] {
  const found = text.get(file)!.matchAll(/\b(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/g);
  return [...found].flatMap(([, specifier]) => resolveImport(file, specifier!) ?? []);
}

/** The modules that run in the browser from these client entries. */
function browserModules(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !text.has(file)) continue;
    seen.add(file);
    pending.push(...importsOf(file));
  }
  return seen;
}

/** Top-level namespace → the modules that read it. */
function namespacesRead(modules: Set<string>): Map<string, string[]> {
  const read = new Map<string, string[]>();
  for (const file of modules) {
    for (const [, argument] of text.get(file)!.matchAll(/\buseTranslations\(\s*([^)]*?)\s*\)/g)) {
      const literal = /^'([^']+)'$/.exec(argument!)?.[1];
      const namespace = literal ?? NAMED_NAMESPACES[argument!];
      if (namespace === undefined) {
        throw new Error(`${file}: useTranslations(${argument}) names no namespace this test knows`);
      }
      const topLevel = namespace.split('.')[0]!;
      read.set(topLevel, [...(read.get(topLevel) ?? []), file]);
    }
  }
  return read;
}

const clientEntries = files.filter((file) =>
  /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(text.get(file)!),
);
const isStaff = (file: string) => /(^|\/)staff\//.test(file);

describe('the messages sent to the browser (i18n/client-messages.ts)', () => {
  it('finds the client components it walks', () => {
    expect(clientEntries).toContain('components/pledge-tracker.tsx');
    expect(clientEntries).toContain('components/staff/import-form.tsx');
    expect(browserModules(['components/pledge-tracker.tsx'])).toContain(
      'components/status-badge.tsx',
    );
  });

  it.each([
    ['public pages', clientEntries.filter((file) => !isStaff(file)), PUBLIC_CLIENT_NAMESPACES],
    ['staff pages', clientEntries.filter(isStaff), STAFF_CLIENT_NAMESPACES],
  ])('%s send every namespace their client code reads, and no other', (_, entries, listed) => {
    const read = namespacesRead(browserModules(entries));
    const missing = [...read].filter(([namespace]) => !listed.includes(namespace as never));
    expect(missing, 'namespaces read in the browser but not sent').toEqual([]);
    if (listed === PUBLIC_CLIENT_NAMESPACES) {
      expect([...read.keys()].sort()).toEqual([...listed].sort());
    }
  });

  it('keeps the listed namespaces whole and drops the rest', () => {
    const picked = pickMessages(ko, PUBLIC_CLIENT_NAMESPACES);
    expect(Object.keys(picked).sort()).toEqual([...PUBLIC_CLIENT_NAMESPACES].sort());
    expect(picked.verdicts).toEqual(ko.verdicts);
    expect(picked).not.toHaveProperty('methodology');
    expect(picked).not.toHaveProperty('staff');
  });
});
