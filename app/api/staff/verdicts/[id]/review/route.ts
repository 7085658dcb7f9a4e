import { reviewVerdict } from '@/lib/server/staff/verdict-mutations';

export const dynamic = 'force-dynamic';

export const POST = reviewVerdict;
