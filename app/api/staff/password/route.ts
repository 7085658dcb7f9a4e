import { changeOwnPassword } from '@/lib/server/staff/password-mutations';

export const dynamic = 'force-dynamic';

export const POST = changeOwnPassword;
