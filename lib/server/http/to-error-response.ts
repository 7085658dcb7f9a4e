import 'server-only';

/**
 * The one place route handlers turn a failure into a response. Expected problems carry their
 * status and a message meant for the caller; anything else is logged here and answered with a
 * generic 500 that leaks no stack trace, SQL or ORM message.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The query parameter at fault, for a 400. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    const body = {
      status: error.status,
      message: error.message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
    };
    return Response.json(
      { error: body },
      { status: error.status, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  const reference = crypto.randomUUID();
  console.error(`[pledgeboard] unexpected error ${reference}`, error);
  return Response.json(
    {
      error: {
        status: 500,
        message: 'Internal error: nothing was changed. Please try again later.',
        reference,
      },
    },
    { status: 500, headers: { 'Cache-Control': 'no-store' } },
  );
}
