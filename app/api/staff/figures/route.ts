import { addFigure } from '@/lib/server/staff/figure-mutations';

export const dynamic = 'force-dynamic';

export const POST = addFigure;
