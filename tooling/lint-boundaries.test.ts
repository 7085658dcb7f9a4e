import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.mjs, proven to fire: each line would cross a boundary in the
 * file it is linted as, and must be refused; the allowed counterparts must pass.
 */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('layer boundaries (eslint.config.mjs)', () => {
  it.each([
    ['components/x.tsx', "import { PrismaClient } from '@prisma/client';"],
    ['components/x.tsx', "import { getDb } from '@/lib/server/database/prisma-client';"],
    ['app/[locale]/x/page.tsx', "import type { Prisma } from '@/lib/generated/prisma/client';"],
    ['app/[locale]/x/page.tsx', "import { getDb } from '@/lib/server/db';"],
    ['lib/domain/x.ts', "import { useState } from 'react';"],
    ['lib/domain/x.ts', "import { notFound } from 'next/navigation';"],
    ['lib/domain/x.ts', "import { useTranslations } from 'next-intl';"],
    ['lib/domain/x.ts', "import { getDb } from '../server/db.ts';"],
    ['lib/domain/x.ts', "import type { Prisma } from '@prisma/client';"],
    ['lib/domain/x.ts', "import ko from '../../messages/ko.json';"],
    ['lib/domain/x.ts', "import { translatorFor } from '@/i18n/translators';"],
    ['lib/domain/x.test.ts', "import { getDb } from '../server/db.ts';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\n`)).toHaveLength(1);
  });

  it.each([
    ['components/x.tsx', "import { dashboard } from '@/lib/server/dashboard';"],
    ['app/[locale]/x/page.tsx', "import { formatValue } from '@/lib/domain/format-value';"],
    ['lib/domain/x.ts', "import { z } from 'zod';"],
    ['lib/domain/x.test.ts', "import { translatorFor } from '../../i18n/translators.ts';"],
    ['lib/server/x.ts', "import { getDb } from './database/prisma-client.ts';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\n`)).toEqual([]);
  });
});
