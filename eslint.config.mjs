// The architecture, as rules: a layer that reaches past its neighbour fails `npm run lint`.
// DEVELOPERS.md ("Layers, lint and format") explains each boundary.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const databaseImports = {
  group: [
    '@prisma/*',
    '@/lib/generated/**',
    '**/lib/generated/**',
    '@/lib/server/database/**',
    '**/lib/server/database/**',
    '@/lib/server/db',
    '**/lib/server/db.ts',
  ],
  message:
    'Pages and components read data through lib/server (dashboard.ts, staff/staff-data.ts, queries/), never the database client.',
};

const frameworkImports = {
  group: ['react', 'react-dom', 'react/*', 'next', 'next/*', 'next-intl', 'next-intl/*'],
  message: 'lib/domain is plain TypeScript: no React, Next or next-intl.',
};

const serverImports = {
  group: [
    '@prisma/*',
    '@/lib/generated/**',
    '**/lib/generated/**',
    '@/lib/server/**',
    // Relative paths too: from lib/domain, lib/server is '../server/…'.
    '**/server/**',
    'server-only',
    'pg',
  ],
  message: 'lib/domain does not touch the database: lib/server passes it plain records.',
};

const messageImports = {
  group: [
    '@/messages/**',
    '**/messages/*.json',
    '@/i18n/**',
    '**/i18n/**',
    'use-intl',
    'use-intl/*',
  ],
  message:
    'lib/domain does not import message files or build translators: take one as a parameter (lib/domain/translator.ts).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.data/',
      'lib/generated/',
      'test-results/',
      'playwright-report/',
      'bench/out/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...nextPlugin.configs.recommended.rules,
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { patterns: [databaseImports] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Components take their settings as props; lib/server reads the environment.',
        },
      ],
    },
  },
  {
    files: ['lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [frameworkImports, serverImports, messageImports] },
      ],
    },
  },
  {
    // Tests and their fixtures may build real translators over the message files.
    files: ['lib/domain/**/*.test.ts', 'lib/domain/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworkImports, serverImports] }],
    },
  },
  prettier,
);
