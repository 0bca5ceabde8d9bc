import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { FetchError, type FetchResult } from './fetch/fetch-types.js';
import { formatBytes } from './fetch/format-limit.js';
import { safeFetch } from './fetch/safe-fetch.js';
import { DEFAULT_MAX_BYTES, type IngestItem, type IngestOptions } from './ingest-types.js';
import type { RawInput } from './readers/reader-types.js';

/** Why an item's bytes could not be had: a message naming the item and the reason. */
export class LoadError extends Error {
  override name = 'LoadError';
}

const TYPE_BY_EXTENSION: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.pdf': 'application/pdf',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

/** What a reader needs of a fetch: the bytes, the final URL, and the type (sniffed, else declared) with its charset. */
export function fetchedInput(got: Extract<FetchResult, { notModified: false }>, name: string): RawInput {
  const type = got.sniffedType ?? got.contentType;
  return { bytes: got.bytes, name, url: got.url, contentType: type && got.charset ? `${type}; charset=${got.charset}` : type };
}

/** The bytes of a file, a URL or standard input, within the size limit. */
export async function loadItem(item: IngestItem, options: IngestOptions, stdin: () => AsyncIterable<Uint8Array> = () => process.stdin): Promise<RawInput> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (item.kind === 'url') {
    try {
      const got = await safeFetch(item.location, { allowPrivate: options.allowPrivate, maxBytes: limit, timeoutMs: options.timeoutMs });
      if (got.notModified) throw new LoadError(`${item.location} answered "not modified" to a request that was not conditional`);
      return fetchedInput(got, item.location);
    } catch (error) {
      if (error instanceof FetchError) throw new LoadError(error.message);
      throw error;
    }
  }
  if (item.kind === 'stdin') return { bytes: await readLimited(stdin(), limit, 'standard input'), name: 'standard input' };
  // Synchronous on purpose: files are read one at a time, and the thread pool's round trips cost more than the reads.
  let fd;
  try {
    fd = openSync(item.location, 'r');
  } catch (error) {
    throw new LoadError(`${item.location}: cannot be opened (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > limit) throw new LoadError(`${item.location} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit (raise it with --max-size)`);
    const bytes = new Uint8Array(readFileSync(fd));
    return { bytes, name: item.location, contentType: TYPE_BY_EXTENSION[extname(item.location).toLowerCase()] };
  } finally {
    closeSync(fd);
  }
}

async function readLimited(stream: AsyncIterable<Uint8Array>, limit: number, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) throw new LoadError(`${name} is over the ${formatBytes(limit)} limit (raise it with --max-size)`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
