import { createAccount } from '@/lib/server/staff/account-mutations';

export const dynamic = 'force-dynamic';

export const POST = createAccount;
