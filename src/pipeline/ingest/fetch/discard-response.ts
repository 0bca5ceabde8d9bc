import type { IncomingMessage } from 'node:http';

/** Drops a response whose body is not wanted, closing its socket; a late socket error is ignored, not thrown. */
export function discardResponse(res: IncomingMessage): void {
  res.on('error', () => {});
  res.destroy();
}
