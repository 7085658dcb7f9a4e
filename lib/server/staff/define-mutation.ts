import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordAuditEvent, type AuditOutcome } from '../audit/record-audit-event.ts';
import { recordSampledRefusal } from '../audit/record-sampled-refusal.ts';
import {
  getStaffSession,
  hasRole,
  type StaffActor,
  type StaffRole,
} from '../auth/get-staff-actor.ts';
import { serializeByKey } from '../auth/serialize-by-key.ts';
import { getDb } from '../db.ts';
import { isSameOrigin } from '../http/is-same-origin.ts';
import { readLimitedJson } from '../http/read-limited-body.ts';
import { toRequestMeta, type RequestMeta } from '../http/request-meta.ts';
import {
  ConflictError,
  InvalidInputError,
  RecordNotFoundError,
  RefusedError,
  type FieldIssue,
} from './mutation-errors.ts';
import { MUTATION_RATE_LIMIT, takeMutationSlot } from './take-mutation-slot.ts';

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface MutationContext<Input> {
  input: Input;
  actor: StaffActor;
  params: Record<string, string>;
  meta: RequestMeta;
  /** The session this request came with, so a change can end the account's other sessions. */
  sessionToken: string;
  /** Everything the mutation writes goes through this transaction, with its audit entry. */
  tx: Prisma.TransactionClient;
}

export interface MutationResult {
  status?: number;
  body: Record<string, unknown>;
  target: { type: string; slug: string } | null;
  /** For the audit log: plain data (dates and decimals as text); stored as JSON. */
  details?: Record<string, unknown>;
}

export interface MutationDefinition<Schema extends z.ZodType> {
  /** Name in the audit log, e.g. "figure.correct". */
  action: string;
  role: StaffRole;
  input: Schema;
  /** Reads the request body; JSON by default. */
  readBody?: (request: Request) => Promise<unknown>;
  maxBodyBytes?: number;
  /**
   * Keys (see serializeByKey) under which this change, its refusal and their audit entries run
   * one after another in this process, e.g. the account's sign-in key for a password check, so a
   * burst of parallel guesses cannot all run before the first failure is logged.
   */
  serializeBy?: (actor: StaffActor) => string[];
  run: (context: MutationContext<z.output<Schema>>) => Promise<MutationResult>;
}

type RouteContext = { params: Promise<Record<string, string | string[]> | undefined> };

/**
 * Every change to the data goes through here, and each route file calls it itself, so no
 * mutation depends on middleware for its safety. In order: the request must come from this site,
 * carry a live session, stay within the account's rate limit and have the role; the body must
 * parse; then the change and its audit entry commit together or not at all. Each refusal is
 * answered with its own status and logged: a signed-in account's each time, an anonymous one
 * (which anyone can send in bulk) counted and sampled per address, action and minute.
 */
export function defineMutation<Schema extends z.ZodType>(definition: MutationDefinition<Schema>) {
  return async function handle(request: Request, routeContext?: RouteContext): Promise<Response> {
    const meta = toRequestMeta(request);
    const db = getDb();
    const refuse = async (
      status: number,
      outcome: AuditOutcome,
      code: string,
      message: string,
      actor: StaffActor | null,
      extra: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => {
      // The log keeps the gist; a refused import's row-by-row result goes to the caller only.
      const { result: _result, ...logged } = extra;
      await recordAuditEvent(db, {
        action: definition.action,
        outcome,
        actor,
        meta,
        details: { code, ...toJson(logged) },
      });
      return errorResponse(status, code, message, extra, headers);
    };
    const refuseAnonymous = async (status: number, code: string, message: string) => {
      await recordSampledRefusal(db, { action: definition.action, outcome: 'denied', code, meta });
      return errorResponse(status, code, message);
    };

    // Checked before the session is read: a forged request carries the victim's cookie, and is
    // not the signed-in person's action, so it is an anonymous refusal like any other.
    if (!isSameOrigin(request))
      return refuseAnonymous(
        403,
        'cross-site',
        'This request did not come from a page of this site.',
      );
    const session = await getStaffSession(request.headers);
    if (!session) return refuseAnonymous(401, 'signed-out', 'Sign in first.');
    const { actor, sessionToken } = session;
    const retryAfter = await takeMutationSlot(db, actor.id);
    if (retryAfter > 0) {
      // Sampled per account and minute, with a count: a stolen session hammering a route must
      // not flood the log either, and every request over the limit is still counted.
      await recordSampledRefusal(db, {
        action: definition.action,
        outcome: 'limited',
        code: 'rate-limited',
        meta,
        actor,
      });
      return errorResponse(
        429,
        'rate-limited',
        `Too many changes from this account: at most ${MUTATION_RATE_LIMIT.perMinute} a minute. Try again in ${retryAfter} seconds.`,
        {},
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
    if (!hasRole(actor, definition.role)) {
      return refuse(403, 'denied', 'forbidden', `This needs the ${definition.role} role.`, actor);
    }

    let input: z.output<Schema>;
    try {
      const raw = await (
        definition.readBody ??
        ((r) => readJsonBody(r, definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES))
      )(request);
      const parsed = definition.input.safeParse(raw);
      if (!parsed.success) throw new InvalidInputError(toFieldIssues(parsed.error, raw));
      input = parsed.data;
    } catch (error) {
      if (error instanceof InvalidInputError) {
        return refuse(422, 'invalid', 'invalid-input', error.message, actor, {
          fields: error.issues,
        });
      }
      throw error;
    }

    const params = await readParams(routeContext);
    const commit = async (): Promise<Response> => {
      try {
        const result = await db.$transaction(async (tx) => {
          const outcome = await definition.run({ input, actor, params, meta, sessionToken, tx });
          await recordAuditEvent(tx, {
            action: definition.action,
            outcome: 'ok',
            actor,
            target: outcome.target,
            meta,
            details: outcome.details && toJson(outcome.details),
          });
          return outcome;
        });
        return Response.json(
          { ok: true, ...result.body },
          { status: result.status ?? 200, headers: { 'Cache-Control': 'no-store' } },
        );
      } catch (error) {
        if (error instanceof InvalidInputError) {
          return refuse(422, 'invalid', 'invalid-input', error.message, actor, {
            fields: error.issues,
            ...error.extra,
          });
        }
        if (error instanceof ConflictError) {
          const current = error.loadCurrent ? await error.loadCurrent() : error.current;
          return refuse(409, 'conflict', error.code, error.message, actor, { current });
        }
        if (error instanceof RecordNotFoundError) {
          return refuse(404, 'invalid', 'not-found', error.message, actor);
        }
        if (error instanceof RefusedError) {
          const { status, outcome, code, message, fields, headers } = error.refusal;
          return refuse(status, outcome, code, message, actor, fields ? { fields } : {}, headers);
        }
        const reference = crypto.randomUUID();
        console.error(`[pledgeboard] ${definition.action} failed (${reference})`, error);
        await recordAuditEvent(db, {
          action: definition.action,
          outcome: 'failed',
          actor,
          meta,
          details: { reference },
        }).catch(() => {});
        return errorResponse(
          500,
          'internal',
          'Nothing was changed: an internal error occurred. Please try again later.',
          { reference },
        );
      }
    };
    return definition.serializeBy
      ? serializeByKey(definition.serializeBy(actor), commit)
      : commit();
  };
}

function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { ok: false, error: { status, code, message, ...extra } },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  );
}

async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
    throw new InvalidInputError([{ field: '', code: 'json-required' }]);
  }
  const body = await readLimitedJson(request, maxBytes);
  if (!body.ok && body.reason === 'too-large')
    throw new InvalidInputError([{ field: '', code: 'too-large', params: { max: maxBytes } }]);
  if (!body.ok) throw new InvalidInputError([{ field: '', code: 'json-required' }]);
  return body.value;
}

async function readParams(routeContext?: RouteContext): Promise<Record<string, string>> {
  // Next passes a context to every route handler, but its params resolve to undefined on routes without segments.
  const raw = (routeContext ? await routeContext.params : undefined) ?? {};
  return Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.join('/') : value,
    ]),
  );
}

/** Zod issues as field codes; schemas name their codes in `error` (e.g. 'required', 'invalid-date'). */
export function toFieldIssues(error: z.ZodError, raw: unknown): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const field = issue.path.map(String).join('.');
    // What was typed, so the message can quote it ("'많이' is not a number").
    const typed = issue.path.reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object'
          ? (value as Record<PropertyKey, unknown>)[key]
          : undefined,
      raw,
    );
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return { field, code: 'required' };
    if (issue.code === 'too_big')
      return { field, code: 'too-long', params: { max: Number(issue.maximum) } };
    if (issue.code === 'unrecognized_keys')
      return { field: issue.keys.join(','), code: 'unknown-field' };
    if (issue.code === 'invalid_value') return { field, code: 'invalid-choice' };
    const code = /^[a-z-]+$/.test(issue.message) ? issue.message : 'invalid';
    // Never echo a password: the refusal is logged, and the log can never be erased.
    const secret = /password/i.test(field);
    return typeof typed === 'string' && !secret
      ? { field, code, params: { input: typed.slice(0, 80) } }
      : { field, code };
  });
}

function toJson(value: Record<string, unknown>): Record<string, Prisma.InputJsonValue> {
  return JSON.parse(JSON.stringify(value)) as Record<string, Prisma.InputJsonValue>;
}
