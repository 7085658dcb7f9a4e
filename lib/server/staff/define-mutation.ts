import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordSampledRefusal, type SampledRefusal } from '../audit/record-sampled-refusal.ts';
import {
  getStaffSession,
  hasRole,
  type StaffActor,
  type StaffRole,
} from '../auth/get-staff-actor.ts';
import { serializeByKey } from '../auth/serialize-by-key.ts';
import { confirmDataVersion } from '../cache/public-cache.ts';
import { getDb } from '../db.ts';
import { isSameOrigin } from '../http/is-same-origin.ts';
import { readLimitedJson } from '../http/read-limited-body.ts';
import { toRequestMeta, type RequestMeta } from '../http/request-meta.ts';
import { toErrorResponse, toRefusal } from '../http/to-error-response.ts';
import { toFieldIssues } from '../http/to-field-issues.ts';
import { ConflictError, InvalidInputError, RefusedError, type Refusal } from './mutation-errors.ts';
import { MUTATION_RATE_LIMIT, takeMutationSlot } from './take-mutation-slot.ts';

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const STAFF = { staff: true };

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
   * one after another, in every server process, e.g. the account's sign-in key for a password
   * check, so a burst of parallel guesses cannot all run before the first failure is logged.
   */
  serializeBy?: (actor: StaffActor) => string[];
  run: (context: MutationContext<z.output<Schema>>) => Promise<MutationResult>;
  /**
   * For changes that may run long (an import): the transaction's time limit, in place of
   * Prisma's 5 s, and a gate the transaction waits at before it takes a connection.
   */
  transaction?: () => {
    timeoutMs: number;
    gate?: <T>(work: () => Promise<T>) => Promise<T>;
  };
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
// The change is committed: learning its version (so this process's caches move on at once) may
// take this long before the answer goes out regardless (the notification follows anyway).
const CONFIRM_VERSION_MS = 1_000;

/** Waits for `promise` at most `ms`, never rejecting: what it gives is not needed. */
function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise
      .catch(() => {})
      .finally(() => {
        clearTimeout(timer);
        resolve();
      });
  });
}

export function defineMutation<Schema extends z.ZodType>(definition: MutationDefinition<Schema>) {
  return async function handle(request: Request, routeContext?: RouteContext): Promise<Response> {
    const meta = toRequestMeta(request);
    const db = getDb();
    /** A signed-in account's refusal: logged with a row of its own, then answered. */
    const refuse = async (refusal: Refusal, actor: StaffActor) => {
      // The log keeps the gist; a refused import's row-by-row result goes to the caller only.
      const { result: _result, ...details } = refusal.details ?? {};
      const { code, fields, current } = refusal;
      await recordAuditEvent(db, {
        action: definition.action,
        outcome: refusal.outcome,
        actor,
        meta,
        details: { code, ...toJson({ fields, current, ...details }) },
      });
      return toErrorResponse(new RefusedError(refusal), STAFF);
    };
    /** A refusal anyone can cause in bulk: counted and sampled (record-sampled-refusal.ts). */
    const refuseSampled = async (
      refusal: Refusal & { outcome: SampledRefusal['outcome'] },
      actor?: StaffActor,
    ) => {
      const { outcome, code } = refusal;
      await recordSampledRefusal(db, { action: definition.action, outcome, code, meta, actor });
      return toErrorResponse(new RefusedError(refusal), STAFF);
    };

    // Checked before the session is read: a forged request carries the victim's cookie, and is
    // not the signed-in person's action, so it is an anonymous refusal like any other.
    if (!isSameOrigin(request))
      return refuseSampled({
        status: 403,
        outcome: 'denied',
        code: 'cross-site',
        message: 'This request did not come from a page of this site.',
      });
    const session = await getStaffSession(request.headers);
    if (!session)
      return refuseSampled({
        status: 401,
        outcome: 'denied',
        code: 'signed-out',
        message: 'Sign in first.',
      });
    const { actor, sessionToken } = session;
    const retryAfter = await takeMutationSlot(db, actor.id);
    if (retryAfter > 0) {
      // Sampled per account and minute, with a count: a stolen session hammering a route must
      // not flood the log either, and every request over the limit is still counted.
      return refuseSampled(
        {
          status: 429,
          outcome: 'limited',
          code: 'rate-limited',
          message: `Too many changes from this account: at most ${MUTATION_RATE_LIMIT.perMinute} a minute. Try again in ${retryAfter} seconds.`,
          headers: { 'Retry-After': String(retryAfter) },
        },
        actor,
      );
    }
    if (!hasRole(actor, definition.role)) {
      return refuse(
        {
          status: 403,
          outcome: 'denied',
          code: 'forbidden',
          message: `This needs the ${definition.role} role.`,
        },
        actor,
      );
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
      const refusal = toRefusal(error);
      if (refusal) return refuse(refusal, actor);
      throw error;
    }

    const params = await readParams(routeContext);
    const commit = async (): Promise<Response> => {
      try {
        const options = definition.transaction?.();
        const transact = () =>
          db.$transaction(
            async (tx) => {
              const outcome = await definition.run({
                input,
                actor,
                params,
                meta,
                sessionToken,
                tx,
              });
              await recordAuditEvent(tx, {
                action: definition.action,
                outcome: 'ok',
                actor,
                target: outcome.target,
                meta,
                details: outcome.details && toJson(outcome.details),
              });
              return outcome;
            },
            // A connection is usually free at once; past the gate, waiting for one is no failure.
            options && { timeout: options.timeoutMs, maxWait: 10_000 },
          );
        const result = await (options?.gate ? options.gate(transact) : transact());
        await settleWithin(confirmDataVersion(), CONFIRM_VERSION_MS);
        return Response.json(
          { ok: true, ...result.body },
          { status: result.status ?? 200, headers: { 'Cache-Control': 'no-store' } },
        );
      } catch (error) {
        // A conflict shows what is stored now, read once the transaction has rolled back.
        const refusal = toRefusal(
          error instanceof ConflictError ? await error.withCurrent() : error,
        );
        if (refusal) return refuse(refusal, actor);
        const reference = crypto.randomUUID();
        await recordAuditEvent(db, {
          action: definition.action,
          outcome: 'failed',
          actor,
          meta,
          details: { reference },
        }).catch(() => {});
        return toErrorResponse(error, { ...STAFF, action: definition.action, reference });
      }
    };
    return definition.serializeBy
      ? serializeByKey(definition.serializeBy(actor), commit)
      : commit();
  };
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

function toJson(value: Record<string, unknown>): Record<string, Prisma.InputJsonValue> {
  return JSON.parse(JSON.stringify(value)) as Record<string, Prisma.InputJsonValue>;
}
