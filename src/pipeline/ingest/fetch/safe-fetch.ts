import { STATUS_CODES } from 'node:http';
import { checkFetchUrl } from './check-fetch-url.js';
import { discardResponse } from './discard-response.js';
import { withFetchDefaults } from './fetch-defaults.js';
import { FetchError, type FetchOptions, type FetchResult } from './fetch-types.js';
import { formatDuration } from './format-limit.js';
import { openResponse } from './open-response.js';
import { parseContentType } from './parse-content-type.js';
import { readBody, tooLargeError } from './read-body.js';
import { sniffedTypeFor } from './sniffed-type-for.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/**
 * Fetches a URL from a feed or a user without letting it reach internal services, hang, or
 * flood memory: http(s) only, public addresses only (checked on every redirect and at connect
 * time), one deadline for the whole fetch, a size limit on the decompressed body. Rejects with
 * a FetchError whose `code` says why; resolves to the bytes and what they are, never running them.
 *
 * @example
 * const page = await safeFetch('https://example.org/news/1', { etag: saved.etag });
 * if (!page.notModified) store(page.url, page.bytes, page.sniffedType ?? page.contentType);
 */
export async function safeFetch(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const resolved = withFetchDefaults(options);
  const caller = options.signal;
  if (caller?.aborted) throw caller.reason;
  let current = checkFetchUrl(url);
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    const hop = current.href === new URL(url).href ? '' : ` (it was waiting for ${current.href})`;
    controller.abort(new FetchError(`${url} did not answer within ${formatDuration(resolved.timeoutMs)}${hop}`, 'timeout'));
  }, resolved.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await openResponse(current, resolved, controller.signal);
      const status = res.statusCode ?? 0;
      const statusLine = `${status} ${STATUS_CODES[status] ?? res.statusMessage ?? ''}`.trim();
      const etag = header(res.headers.etag);
      const lastModified = header(res.headers['last-modified']);
      if (REDIRECTS.has(status)) {
        discardResponse(res);
        const location = header(res.headers.location);
        if (!location) throw new FetchError(`${current.href} answered ${statusLine} without saying where to (no Location header)`, 'http_status', status);
        if (redirects >= resolved.maxRedirects) {
          throw new FetchError(`${url} redirected more than ${resolved.maxRedirects} times (the last answer, from ${current.href}, pointed to ${location})`, 'too_many_redirects', status);
        }
        current = checkFetchUrl(location, current);
        continue;
      }
      if (status === 304) {
        discardResponse(res);
        return { notModified: true, url: current.href, status: 304, etag: etag ?? options.etag, lastModified: lastModified ?? options.lastModified };
      }
      if (status < 200 || status > 299) {
        discardResponse(res);
        throw new FetchError(`${current.href} answered ${statusLine}`, 'http_status', status);
      }
      const declaredLength = Number(header(res.headers['content-length']));
      if (declaredLength > resolved.maxBytes) {
        discardResponse(res);
        throw tooLargeError(current, resolved.maxBytes, ` (it says ${declaredLength} bytes)`);
      }
      const bytes = await readBody(res, current, resolved.maxBytes, controller.signal);
      const { mimeType, charset } = parseContentType(header(res.headers['content-type']));
      const sniffedType = sniffedTypeFor(mimeType, bytes);
      return {
        notModified: false,
        url: current.href,
        status,
        bytes,
        ...(mimeType ? { contentType: mimeType } : {}),
        ...(sniffedType ? { sniffedType } : {}),
        ...(charset ? { charset } : {}),
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      };
    }
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }
}
