import { changeAccount } from '@/lib/server/staff/account-mutations';

export const dynamic = 'force-dynamic';

export const PATCH = changeAccount;
