/**
 * How long any connection attempt waits. node-postgres waits forever by default, so a
 * DATABASE_URL whose host drops packets would hang `npm start` at "Preparing the database".
 */
export const CONNECT_TIMEOUT_MS = 10_000;
