import { correctSource } from '@/lib/server/staff/source-mutations';

export const dynamic = 'force-dynamic';

export const PATCH = correctSource;
