import { FetchError } from './fetch-types.js';

/**
 * Parses a URL to fetch (relative to `base` for a redirect's Location) and refuses what
 * Truce will not fetch: schemes other than http and https, and credentials in the URL,
 * which a feed could use to log in to something on the reader's behalf.
 */
export function checkFetchUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    const where = base ? ` (a redirect from ${base.href})` : '';
    const shown = input.length > 200 ? `${input.slice(0, 200)}…` : input;
    throw new FetchError(`"${shown}"${where} is not a URL; give a full address such as https://example.org/news`, 'bad_url');
  }
  const from = base ? ` (redirected to from ${base.href})` : '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`${url.href}${from} uses ${url.protocol.slice(0, -1)}:, but Truce fetches only http: and https: URLs`, 'bad_url');
  }
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
    throw new FetchError(`${url.href}${from} carries a user name or password; Truce does not send credentials from a URL, so remove them`, 'bad_url');
  }
  if (!url.hostname) throw new FetchError(`${url.href}${from} has no host name`, 'bad_url');
  return url;
}
