import { correctIndicator } from '@/lib/server/staff/indicator-mutations';

export const dynamic = 'force-dynamic';

export const PATCH = correctIndicator;
