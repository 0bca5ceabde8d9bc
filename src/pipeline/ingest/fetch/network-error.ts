import { FetchError } from './fetch-types.js';

/** Wraps a socket, DNS, TLS or HTTP parse error as a FetchError ('network') that names the URL. */
export function networkError(url: URL, err: Error, during = ''): FetchError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  return new FetchError(`${url.href} could not be fetched${during ? ` ${during}` : ''}: ${reason}`, 'network', undefined, { cause: err });
}
