/** How `safeFetch` fetches one URL; every field has a safe default. */
export type FetchOptions = {
  /** Allow private, loopback and link-local addresses (default false). */
  allowPrivate?: boolean;
  /** Whole-request timeout in ms (connect + headers + body), across all redirects; default 20000. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes after decompression; default 20 MB. */
  maxBytes?: number;
  /** Most redirects followed, default 5. */
  maxRedirects?: number;
  /** ETag from an earlier fetch, sent as If-None-Match. */
  etag?: string;
  /** Last-Modified from an earlier fetch, sent as If-Modified-Since. */
  lastModified?: string;
  /** Accept header; defaults to one that prefers articles and feeds. */
  accept?: string;
  /** Cancels the fetch; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Test seam: decides which resolved or literal addresses may be connected to, in place of
   * `allowPrivate`. Lets a test on loopback allow its own server's address and refuse another.
   */
  isAllowedAddress?: (ip: string) => boolean;
};

/** What a fetch gave back: the bytes, or word that the copy from an earlier fetch is current. */
export type FetchResult =
  | {
      notModified: true;
      /** The final URL, after redirects. */
      url: string;
      status: 304;
      etag?: string;
      lastModified?: string;
    }
  | {
      notModified: false;
      /** The final URL, after redirects. */
      url: string;
      status: number;
      /** The body, decompressed. */
      bytes: Uint8Array;
      /** The MIME type from the Content-Type header, lowercased and without parameters. */
      contentType?: string;
      /** The MIME type sniffed from the bytes when the header is missing, generic (application/octet-stream, text/plain) or contradicted by the bytes. */
      sniffedType?: string;
      /** The charset parameter of the Content-Type header, lowercased. */
      charset?: string;
      etag?: string;
      lastModified?: string;
    };

/** Why a fetch failed; `code` is stable for callers to test against. */
export type FetchErrorCode =
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'private_address'
  | 'http_status'
  | 'bad_url'
  | 'network'
  | 'unsupported_type';

/** A fetch that failed for a reason of the URL, the network or the server, never of the caller's code. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly code: FetchErrorCode,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
