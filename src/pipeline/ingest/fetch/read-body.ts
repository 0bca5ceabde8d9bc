import type { IncomingMessage } from 'node:http';
import { createDecoder } from './create-decoder.js';
import { FetchError } from './fetch-types.js';
import { formatBytes } from './format-limit.js';
import { discardResponse } from './discard-response.js';
import { networkError } from './network-error.js';

/** The error for a body over the limit. */
export function tooLargeError(url: URL, maxBytes: number, detail = ''): FetchError {
  return new FetchError(`${url.href} is larger than the ${formatBytes(maxBytes)} limit${detail}`, 'too_large');
}

/**
 * Reads a response body, decompressed, and stops the moment it passes `maxBytes`: the limit
 * counts decompressed bytes, so a small gzip bomb is cut off as early as a large plain body.
 * Rejects with the signal's reason when it aborts.
 */
export function readBody(res: IncomingMessage, url: URL, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let decoder: ReturnType<typeof createDecoder>;
    try {
      decoder = createDecoder(res.headers['content-encoding'], url);
    } catch (err) {
      discardResponse(res);
      return reject(err);
    }
    const body = decoder ?? res;
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve(Buffer.concat(chunks, total));
      discardResponse(res);
      decoder?.destroy();
      reject(error);
    };
    const onAbort = () => settle(signal.reason);
    const onError = (err: Error) => settle(err instanceof FetchError ? err : networkError(url, err, 'while reading the body'));
    signal.addEventListener('abort', onAbort, { once: true });
    body.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > maxBytes) return settle(tooLargeError(url, maxBytes));
      chunks.push(chunk);
    });
    body.on('end', () => settle());
    body.on('error', onError);
    if (decoder) {
      res.on('error', onError);
      res.pipe(decoder);
    }
  });
}
