import { describe, expect, it } from 'vitest';
import {
  readDatabaseSettings,
  readServerDatabaseUrl,
  readServerReadDatabaseUrl,
} from './database-settings.ts';

/** An environment with only these variables (ProcessEnv's types also demand NODE_ENV). */
const env = (variables: Record<string, string>) => variables as NodeJS.ProcessEnv;

const PRIMARY = 'postgresql://app:secret@db.example.org:5432/pledgeboard';
const REPLICA = 'postgresql://reader:secret@replica.example.org:5432/pledgeboard';

describe('DATABASE_READ_URL', () => {
  it.each([
    ['unset', {}, PRIMARY],
    ['empty', { DATABASE_READ_URL: '' }, PRIMARY],
    ['a replica', { DATABASE_READ_URL: REPLICA }, REPLICA],
  ])('%s: public reads go where it says, everything else to the primary', (_, read, expected) => {
    expect(readServerReadDatabaseUrl(env({ DATABASE_URL: PRIMARY, ...read }))).toBe(expected);
    expect(readServerDatabaseUrl(env({ DATABASE_URL: PRIMARY, ...read }))).toBe(PRIMARY);
  });

  it.each([
    [
      'not a PostgreSQL URL',
      { DATABASE_URL: PRIMARY, DATABASE_READ_URL: 'mysql://replica/pledgeboard' },
      /DATABASE_READ_URL: must be a postgresql:\/\/ connection URL/,
    ],
    [
      'without DATABASE_URL',
      { DATABASE_READ_URL: REPLICA },
      /DATABASE_READ_URL: names a replica of the PostgreSQL at DATABASE_URL: set DATABASE_URL too/,
    ],
  ])('refuses a read URL %s, naming the setting', (_, variables, message) => {
    expect(() => readDatabaseSettings(env(variables))).toThrow(message);
  });
});
