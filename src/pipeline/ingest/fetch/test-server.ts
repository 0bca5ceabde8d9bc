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
