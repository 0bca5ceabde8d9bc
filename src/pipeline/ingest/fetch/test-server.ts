import { afterEach, expect } from 'vitest';
import { FetchError } from './fetch-types.js';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on loopback for tests, with the requests it has seen. */
export type TestServer = { url: string; port: number; requests: IncomingMessage[]; close: () => Promise<void> };

/** Starts `handler` on 127.0.0.1 at a free port; `close` also cuts connections a test left hanging. */
export async function startTestServer(handler: RequestListener): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    // A client that gives up mid-response is expected here, not a test failure.
    res.on('error', () => {});
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** For test files: `serve(handler)` starts a server that is closed after the test. */
export function serverPerTest(): (...args: Parameters<typeof startTestServer>) => Promise<TestServer> {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (...args) => (server = await startTestServer(...args));
}

/** The FetchError a fetch must fail with (the test fails if it does not). */
export function fetchFailure(p: Promise<unknown>): Promise<FetchError> {
  return p.then(
    () => expect.fail('expected the fetch to fail'),
    (err: unknown) => {
      expect(err).toBeInstanceOf(FetchError);
      return err as FetchError;
    },
  );
}
