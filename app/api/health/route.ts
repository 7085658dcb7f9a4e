import type { Health } from '@/lib/domain/api-v1/schemas';
import { checkHealth } from '@/lib/server/health/check-health';

export const dynamic = 'force-dynamic';

const NOT_CONFIGURED: Health = {
  status: 'unavailable',
  database: 'unreachable',
  migrations: { status: 'unknown', applied: 0, expected: 0, pending: [] },
};

/** GET /api/health — for load balancers and process managers: 200 when ready, 503 when not. */
export async function GET() {
  let health: Health;
  try {
    health = await checkHealth();
  } catch (error) {
    // Only a server started without DATABASE_URL gets here: `npm start` always sets it.
    console.error('[pledgeboard] health check:', (error as Error).message);
    health = NOT_CONFIGURED;
  }
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
