import 'server-only';
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { staffEmailSchema } from './staff-email.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordSampledRefusal, type SampledRefusal } from '../audit/record-sampled-refusal.ts';
import { getDb } from '../db.ts';
import { isSameOrigin } from '../http/is-same-origin.ts';
import { readLimitedJson } from '../http/read-limited-body.ts';
import { toRequestMeta, type RequestMeta } from '../http/request-meta.ts';
import { toErrorResponse } from '../http/to-error-response.ts';
import { RefusedError, type Refusal } from '../staff/mutation-errors.ts';
import { serializeByKey } from './serialize-by-key.ts';
import { getAuth, MAX_PASSWORD_LENGTH } from './auth.ts';
import { getStaffActor } from './get-staff-actor.ts';
import { secondsUntilSignInAllowed } from './seconds-until-sign-in-allowed.ts';

export { SIGN_IN_LIMITS } from './seconds-until-sign-in-allowed.ts';

const signInSchema = z.object({
  email: staffEmailSchema,
  password: z.string().min(1, { error: 'required' }).max(MAX_PASSWORD_LENGTH),
});

/** A refusal recorded by recordSampledRefusal, which takes these outcomes only. */
type CountedRefusal = Refusal & { outcome: SampledRefusal['outcome'] };

const CROSS_SITE: CountedRefusal = {
  status: 403,
  outcome: 'denied',
  code: 'cross-site',
  message: 'This request did not come from a page of this site.',
};

/** POST /api/staff/session: checks the password and sets the session cookie. */
export async function signIn(request: Request): Promise<Response> {
  const meta = toRequestMeta(request);
  const db = getDb();
  const log = (
    outcome: 'ok' | 'denied' | 'limited',
    code: string,
    email: string | null,
    actor: { id: string; email: string } | null = null,
  ) =>
    recordAuditEvent(db, {
      action: 'sign-in',
      outcome,
      actor,
      actorEmail: email,
      meta,
      details: { code },
    });

  // A request that never reached a password check names no account: anyone can send it as often
  // as they like, so it is counted and sampled (record-sampled-refusal.ts) rather than given a
  // row each. Every attempt with an email and a password keeps its own row.
  if (!isSameOrigin(request)) return refuseSampled('sign-in', CROSS_SITE, meta);
  const body = await readLimitedJson(request, 4 * 1024);
  const parsed = signInSchema.safeParse(body.ok ? body.value : null);
  if (!parsed.success) {
    return refuseSampled(
      'sign-in',
      {
        status: 422,
        outcome: 'invalid',
        code: 'invalid-input',
        message: 'Enter an email address and a password.',
      },
      meta,
    );
  }
  const { email, password } = parsed.data;
  const keys = [`email:${email}`, ...(meta.ipAddress ? [`ip:${meta.ipAddress}`] : [])];
  return serializeByKey(keys, () => attemptSignIn(request, email, password, meta, log));
}

async function attemptSignIn(
  request: Request,
  email: string,
  password: string,
  meta: RequestMeta,
  log: (
    outcome: 'ok' | 'denied' | 'limited',
    code: string,
    email: string | null,
    actor?: { id: string; email: string } | null,
  ) => Promise<void>,
): Promise<Response> {
  const db = getDb();
  const retryAfter = await secondsUntilSignInAllowed(email, meta.ipAddress);
  if (retryAfter > 0) {
    // Refused before any password check, as often as a client cares to send it: counted and
    // sampled like other refusals anyone can cause, so a locked account cannot flood the log.
    return refuseSampled(
      'sign-in',
      {
        status: 429,
        outcome: 'limited',
        code: 'too-many-attempts',
        message: `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
        headers: { 'Retry-After': String(retryAfter) },
      },
      meta,
      email,
    );
  }

  try {
    const { headers } = await getAuth().api.signInEmail({
      body: { email, password },
      headers: request.headers,
      returnHeaders: true,
    });
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true, role: true },
    });
    await log('ok', 'signed-in', email, user);
    const response = Response.json(
      { ok: true, user: { name: user.name, email: user.email, role: user.role } },
      { headers: { 'Cache-Control': 'no-store' } },
    );
    for (const cookie of headers.getSetCookie()) response.headers.append('Set-Cookie', cookie);
    return response;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    // A disabled account is only named once its password was right, so this leaks nothing new.
    const refusal: Refusal & { outcome: 'denied' } =
      error.body?.code === 'BANNED_USER'
        ? {
            status: 403,
            outcome: 'denied',
            code: 'account-disabled',
            message: 'This account has been disabled. Ask an administrator.',
          }
        : {
            status: 401,
            outcome: 'denied',
            code: 'wrong-credentials',
            message: 'The email address or password is not right.',
          };
    await log(refusal.outcome, refusal.code, email);
    return refuse(refusal);
  }
}

/** DELETE /api/staff/session: ends this session in the database and clears the cookie. */
export async function signOut(request: Request): Promise<Response> {
  const meta = toRequestMeta(request);
  const db = getDb();
  if (!isSameOrigin(request)) return refuseSampled('sign-out', CROSS_SITE, meta);
  const actor = await getStaffActor(request.headers);
  if (!actor) {
    return refuse({
      status: 401,
      outcome: 'denied',
      code: 'signed-out',
      message: 'You are not signed in.',
    });
  }
  const { headers } = await getAuth().api.signOut({
    headers: request.headers,
    returnHeaders: true,
  });
  await recordAuditEvent(db, { action: 'sign-out', outcome: 'ok', actor, meta });
  const response = Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
  for (const cookie of headers.getSetCookie()) response.headers.append('Set-Cookie', cookie);
  return response;
}

/** A refusal anyone can send as often as they like: counted and sampled, then answered. */
async function refuseSampled(
  action: 'sign-in' | 'sign-out',
  refusal: CountedRefusal,
  meta: RequestMeta,
  actorEmail?: string,
): Promise<Response> {
  const { outcome, code } = refusal;
  await recordSampledRefusal(getDb(), { action, outcome, code, meta, actorEmail });
  return refuse(refusal);
}

/** Sign-in answers like the staff changes it opens: `ok: false` and a code the form translates. */
function refuse(refusal: Refusal): Response {
  return toErrorResponse(new RefusedError(refusal), { staff: true });
}
