import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

/** A route handler as Next calls it (see staff-app.ts). */
type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string> | undefined> },
) => Promise<Response>;

/**
 * A real HTTP server over the app's own route handlers, in this process and on its event loop as
 * Next runs them: for tests and benchmarks that measure what one request does to the others
 * (an import must not hold up a public page). `routes` maps "METHOD /path" to a handler; the
 * request body streams in and the answer streams out, as under `next start`.
 */
export async function serveRoutes(
  routes: Record<string, Handler>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((incoming, outgoing) => {
    void answer(incoming, outgoing).catch((error: unknown) => {
      outgoing.statusCode = 500;
      outgoing.end(String(error));
    });
  });
  async function answer(incoming: http.IncomingMessage, outgoing: http.ServerResponse) {
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
    const handler = routes[`${incoming.method} ${url.pathname}`];
    if (!handler) {
      outgoing.statusCode = 404;
      outgoing.end();
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    }
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
    const request = new Request(url, {
      method: incoming.method,
      headers,
      body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
      // @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
      duplex: 'half',
    });
    const response = await handler(request, { params: Promise.resolve(undefined) });
    outgoing.statusCode = response.status;
    response.headers.forEach((value, name) => outgoing.setHeader(name, value));
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
        outgoing.write(chunk);
    }
    outgoing.end();
  }
  // Longer than any client keeps an idle connection: a server that closes one just as the client
  // reuses it resets that request (ECONNRESET), which a probe would count as the app's failure.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
