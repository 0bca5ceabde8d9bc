import type { FetchOptions } from './fetch-types.js';
import { isPrivateAddress } from './is-private-address.js';

/** Names Truce to the servers it fetches from, so their operators can tell who is asking. */
export const USER_AGENT = 'Truce/0.1 (builds a sourced record of conflict reports; fetches articles and feeds)';

/** Articles and feeds first, PDFs next, anything else last. */
export const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.9,application/pdf;q=0.9,*/*;q=0.8';

/** FetchOptions with every default filled in and checked. */
export type ResolvedFetchOptions = Required<Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'accept' | 'isAllowedAddress'>> &
  Pick<FetchOptions, 'etag' | 'lastModified' | 'signal'>;

// setTimeout fires at once for delays above 2^31 - 1 ms.
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function checked(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
  return value;
}

/** Fills in defaults; a nonsensical limit is a programmer error and throws a RangeError. */
export function withFetchDefaults(options: FetchOptions): ResolvedFetchOptions {
  const allowPrivate = options.allowPrivate ?? false;
  return {
    timeoutMs: checked('timeoutMs', options.timeoutMs ?? 20_000, 1, MAX_TIMEOUT_MS),
    maxBytes: checked('maxBytes', options.maxBytes ?? 20 * 1024 * 1024, 0, Number.MAX_SAFE_INTEGER),
    maxRedirects: checked('maxRedirects', options.maxRedirects ?? 5, 0, 100),
    accept: options.accept ?? DEFAULT_ACCEPT,
    isAllowedAddress: options.isAllowedAddress ?? ((ip) => allowPrivate || !isPrivateAddress(ip)),
    etag: options.etag,
    lastModified: options.lastModified,
    signal: options.signal,
  };
}
