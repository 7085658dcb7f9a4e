import { correctFigure } from '@/lib/server/staff/figure-mutations';

export const dynamic = 'force-dynamic';

export const POST = correctFigure;
