import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Prisma } from '../../generated/prisma/client.ts';
import {
  ConflictError,
  InvalidInputError,
  RecordNotFoundError,
  RefusedError,
} from '../staff/mutation-errors.ts';
import { HttpError, toErrorResponse } from './to-error-response.ts';

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('Unique constraint failed on the fields: (`slug`)', {
    code,
    clientVersion: 'test',
    meta,
  });

const pgError = (code: string) => {
  const error = new pg.DatabaseError('duplicate key value violates unique constraint', 0, 'error');
  error.code = code;
  return error;
};

describe('toErrorResponse', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [
      'an HttpError, with the parameter at fault',
      new HttpError(400, 'Unknown query parameter "x".', 'x'),
      400,
      { error: { status: 400, message: 'Unknown query parameter "x".', parameter: 'x' } },
    ],
    [
      'an HttpError without a parameter',
      new HttpError(404, 'No indicator "none".'),
      404,
      { error: { status: 404, message: 'No indicator "none".' } },
    ],
    [
      'invalid input, every field at once',
      new InvalidInputError([{ field: 'value', code: 'invalid-value' }], { summary: { rows: 1 } }),
      422,
      {
        error: {
          status: 422,
          code: 'invalid-input',
          message: 'Invalid input: value (invalid-value)',
          fields: [{ field: 'value', code: 'invalid-value' }],
          summary: { rows: 1 },
        },
      },
    ],
    [
      'a conflict, with what is stored now',
      new ConflictError('stale-revision', 'Corrected meanwhile.', { revision: 2 }),
      409,
      {
        error: {
          status: 409,
          code: 'stale-revision',
          message: 'Corrected meanwhile.',
          current: { revision: 2 },
        },
      },
    ],
    [
      'a record that is not there',
      new RecordNotFoundError('figure', 'none'),
      404,
      { error: { status: 404, code: 'not-found', message: 'There is no figure "none".' } },
    ],
    [
      'a refusal with its own status and fields',
      new RefusedError({
        status: 422,
        outcome: 'denied',
        code: 'wrong-password',
        message: 'The current password is not right.',
        fields: [{ field: 'currentPassword', code: 'wrong-password' }],
      }),
      422,
      {
        error: {
          status: 422,
          code: 'wrong-password',
          message: 'The current password is not right.',
          fields: [{ field: 'currentPassword', code: 'wrong-password' }],
        },
      },
    ],
  ])('answers %s', async (_, error, status, body) => {
    const response = toErrorResponse(error);
    expect(response.status).toBe(status);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual(body);
  });

  it.each([
    ['Prisma P2002', prismaError('P2002')],
    [
      'a raw query Prisma passes 23505 on from',
      prismaError('P2010', { driverAdapterError: { cause: { originalCode: '23505' } } }),
    ],
    ['node-postgres 23505', pgError('23505')],
  ])('answers a duplicate key (%s) 409 without the database message', async (_, error) => {
    const response = toErrorResponse(error);
    expect(response.status).toBe(409);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { status: 409, code: 'duplicate' } });
    expect(text).not.toMatch(/constraint|slug|P20/);
  });

  it('keeps a refusal’s headers, and staff answers say ok: false', async () => {
    const response = toErrorResponse(
      new RefusedError({
        status: 429,
        outcome: 'limited',
        code: 'rate-limited',
        message: 'Too many changes.',
        headers: { 'Retry-After': '30' },
      }),
      { staff: true },
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(await response.json()).toEqual({
      ok: false,
      error: { status: 429, code: 'rate-limited', message: 'Too many changes.' },
    });
  });

  it.each([
    ['every pooled connection busy', new Error('timeout exceeded when trying to connect')],
    [
      'a new connection not made in time',
      new Error('Connection terminated due to connection timeout', {
        cause: new Error('Connection terminated unexpectedly'),
      }),
    ],
    [
      'the pool’s timeout as Prisma’s pg adapter passes it on',
      Object.assign(new Error('timeout exceeded when trying to connect'), {
        clientVersion: '7.10.0',
      }),
    ],
    [
      'a transaction Prisma could not start within its maxWait',
      new Prisma.PrismaClientKnownRequestError(
        'Transaction API error: Unable to start a transaction in the given time.',
        { code: 'P2028', clientVersion: '7.10.0' },
      ),
    ],
  ])('answers %s 503 with Retry-After, logged in one line', async (_, error) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = toErrorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = (await response.json()) as { error: { reference: string } };
    expect(body).toEqual({
      error: {
        status: 503,
        message: 'The database is busy: nothing was changed. Please try again in 5 seconds.',
        reference: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
    expect(log).toHaveBeenCalledExactlyOnceWith(
      `[pledgeboard] request answered 503 (${body.error.reference}): ${error.message}`,
    );

    const staff = toErrorResponse(error, { staff: true, action: 'figure.create', reference: 'r' });
    expect(staff.status).toBe(503);
    expect(staff.headers.get('Retry-After')).toBe('5');
    expect(await staff.json()).toEqual({
      ok: false,
      error: {
        status: 503,
        code: 'database-busy',
        message: 'Nothing was changed: the database is busy. Please try again in 5 seconds.',
        reference: 'r',
      },
    });
  });

  it.each([
    ['an unexpected error', new Error('connect ECONNREFUSED 127.0.0.1:5432 at Pool.connect')],
    ['another database error', prismaError('P2003')],
    [
      'a transaction that ran past its timeout (our bug, not a busy database)',
      new Prisma.PrismaClientKnownRequestError(
        'Transaction API error: A query cannot be executed on an expired transaction.',
        { code: 'P2028', clientVersion: '7.10.0' },
      ),
    ],
    ['a failing check of our own data', pgError('23514')],
  ])('answers %s 500 with a reference and no internals, logged', async (_, error) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = toErrorResponse(error);
    expect(response.status).toBe(500);
    const text = await response.text();
    const body = JSON.parse(text) as { error: { reference: string } };
    expect(body).toEqual({
      error: {
        status: 500,
        message: 'Internal error: nothing was changed. Please try again later.',
        reference: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
    expect(text).not.toMatch(/ECONNREFUSED|constraint|prisma|P20|at /i);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(body.error.reference), error);
  });

  it('names a code and keeps the caller’s reference for a staff 500', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = toErrorResponse(new Error('boom'), {
      staff: true,
      action: 'figure.correct',
      reference: 'ref-1',
    });
    expect(await response.json()).toEqual({
      ok: false,
      error: {
        status: 500,
        code: 'internal',
        message: 'Nothing was changed: an internal error occurred. Please try again later.',
        reference: 'ref-1',
      },
    });
    expect(console.error).toHaveBeenCalledWith(
      '[pledgeboard] figure.correct failed (ref-1)',
      expect.any(Error),
    );
  });
});
