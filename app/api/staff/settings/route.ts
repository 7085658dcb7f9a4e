import { changeSiteSettings } from '@/lib/server/staff/settings-mutations';

export const dynamic = 'force-dynamic';

export const PUT = changeSiteSettings;
