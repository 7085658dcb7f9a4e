import { addPledge } from '@/lib/server/staff/pledge-mutations';

export const dynamic = 'force-dynamic';

export const POST = addPledge;
