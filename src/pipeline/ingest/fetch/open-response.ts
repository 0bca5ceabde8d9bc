import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import type { ResolvedFetchOptions } from './fetch-defaults.js';
import { USER_AGENT } from './fetch-defaults.js';
import { FetchError } from './fetch-types.js';
import { guardedLookup, privateAddressError } from './guarded-lookup.js';
import { networkError } from './network-error.js';

function requestHeaders(options: ResolvedFetchOptions): http.OutgoingHttpHeaders {
  return {
    'user-agent': USER_AGENT,
    accept: options.accept,
    'accept-encoding': 'gzip, deflate, br',
    ...(options.etag ? { 'if-none-match': options.etag } : {}),
    ...(options.lastModified ? { 'if-modified-since': options.lastModified } : {}),
  };
}

/**
 * Sends one GET and resolves when the response headers arrive; the body is left unread.
 * The address is checked before connecting: a literal IP here, a host name in the lookup.
 * Rejects with the signal's reason when it aborts.
 */
export function openResponse(url: URL, options: ResolvedFetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !options.isAllowedAddress(literal)) return reject(privateAddressError(url, literal));
    if (signal.aborted) return reject(signal.reason);
    const client = url.protocol === 'https:' ? https : http;
    const onAbort = () => {
      req.destroy();
      reject(signal.reason);
    };
    // agent: false, so no pooled socket outlives the fetch or skips the address check.
    const req = client.request(url, { method: 'GET', headers: requestHeaders(options), lookup: guardedLookup(url, options.isAllowedAddress), agent: false }, (res) => {
      signal.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err instanceof FetchError ? err : networkError(url, err));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    req.end();
  });
}
