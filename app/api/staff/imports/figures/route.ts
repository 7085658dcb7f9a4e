import { importFigures } from '@/lib/server/staff/import-figures';

export const dynamic = 'force-dynamic';

export const POST = importFigures;
