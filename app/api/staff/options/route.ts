import { formOptionQuerySchema, type FormOptionList } from '@/lib/domain/form-option';
import { parseSearchText } from '@/lib/domain/search-query';
import { getStaffSession } from '@/lib/server/auth/get-staff-actor';
import { parseQuery } from '@/lib/server/http/parse-query';
import { toErrorResponse } from '@/lib/server/http/to-error-response';
import { searchFormOptions } from '@/lib/server/staff/list-form-options';
import { RefusedError } from '@/lib/server/staff/mutation-errors';

export const dynamic = 'force-dynamic';

const STAFF = { staff: true };

/**
 * What a staff form's picker offers as a person types: at most 20 indicators, sources or pledges
 * whose slug or name contains `q` (`kind`, `lang` for the labels), best first. Signed-in staff
 * only, like every /api/staff route; it changes nothing, so it is not a mutation and writes no
 * audit row. Never cached: a record added a moment ago must be found at once.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const session = await getStaffSession(request.headers);
    if (!session)
      throw new RefusedError({
        status: 401,
        outcome: 'denied',
        code: 'signed-out',
        message: 'Sign in first.',
      });
    const query = parseQuery(formOptionQuerySchema, new URL(request.url));
    const parsed = parseSearchText(query.q);
    if (!parsed.ok) throw new Error('formOptionQuerySchema let an invalid text through');
    const body: FormOptionList = {
      options: await searchFormOptions(query.kind, parsed.text, query.lang),
    };
    return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    return toErrorResponse(error, STAFF);
  }
}
