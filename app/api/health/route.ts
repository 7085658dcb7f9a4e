import { getPool } from '@/lib/server/db';
import { checkHealth } from '@/lib/server/health/check-health';

export const dynamic = 'force-dynamic';

/** GET /api/health — for load balancers and process managers: 200 when ready, 503 when not. */
export async function GET() {
  const health = await checkHealth(getPool());
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
