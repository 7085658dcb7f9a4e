import { signIn, signOut } from '@/lib/server/auth/sign-in';

export const dynamic = 'force-dynamic';

export const POST = signIn;
export const DELETE = signOut;
