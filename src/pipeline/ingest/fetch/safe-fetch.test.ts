import { describe, expect, it } from 'vitest';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import type { FetchResult } from './fetch-types.js';
import { safeFetch } from './safe-fetch.js';
import { fetchFailure, serverPerTest } from './test-server.js';

const serve = serverPerTest();

const text = (r: FetchResult) => (r.notModified ? '' : Buffer.from(r.bytes).toString('utf8'));
const failure = fetchFailure;

describe('safeFetch: answers', () => {
  it('returns the body, type, charset and validators of a 200, and names Truce', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8', etag: '"v1"', 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' });
      res.end('<!doctype html><title>Ceasefire</title>');
    });
    const result = await safeFetch(`${s.url}/news/1`, { allowPrivate: true });
    expect(result).toMatchObject({ notModified: false, url: `${s.url}/news/1`, status: 200, contentType: 'text/html', charset: 'utf-8', etag: '"v1"', lastModified: 'Tue, 01 Oct 2024 10:00:00 GMT' });
    expect(result).not.toHaveProperty('sniffedType');
    expect(text(result)).toBe('<!doctype html><title>Ceasefire</title>');
    const headers = s.requests[0].headers;
    expect(headers['user-agent']).toMatch(/^Truce\//);
    expect(headers.accept).toContain('application/rss+xml');
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers).not.toHaveProperty('if-none-match');
  });

  it('passes a custom Accept header', async () => {
    const s = await serve((_req, res) => res.end('ok'));
    await safeFetch(s.url, { allowPrivate: true, accept: 'application/pdf' });
    expect(s.requests[0].headers.accept).toBe('application/pdf');
  });

  it.each([
    [500, 'answered 500 Internal Server Error'],
    [404, 'answered 404 Not Found'],
    [403, 'answered 403 Forbidden'],
  ])('turns %i into an http_status error', async (status, words) => {
    const s = await serve((_req, res) => {
      res.writeHead(status);
      res.end('error page');
    });
    const err = await failure(safeFetch(`${s.url}/x`, { allowPrivate: true }));
    expect(err).toMatchObject({ code: 'http_status', status });
    expect(err.message).toBe(`${s.url}/x ${words}`);
  });

  it('sends the validators it is given and returns notModified on a 304, with the new validators', async () => {
    const s = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Tue, 01 Oct 2024 10:00:00 GMT') {
        res.writeHead(304, { etag: '"v2"' });
        return res.end();
      }
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' });
      res.end('first');
    });
    const first = await safeFetch(s.url, { allowPrivate: true });
    expect(first.notModified).toBe(false);
    const second = await safeFetch(s.url, { allowPrivate: true, etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ notModified: true, url: `${s.url}/`, status: 304, etag: '"v2"', lastModified: 'Tue, 01 Oct 2024 10:00:00 GMT' });
  });

  it('returns an empty body as empty bytes', async () => {
    const s = await serve((_req, res) => res.writeHead(204).end());
    const result = await safeFetch(s.url, { allowPrivate: true });
    expect(result).toMatchObject({ status: 204, notModified: false });
    expect(result.notModified === false && result.bytes.length).toBe(0);
  });
});

describe('safeFetch: decompression', () => {
  const body = '<rss version="2.0"><channel><title>Front line</title></channel></rss>'.repeat(50);
  it.each([
    ['gzip', gzipSync(body)],
    ['x-gzip', gzipSync(body)],
    ['deflate', deflateSync(body)],
    ['deflate', deflateRawSync(body)],
    ['br', brotliCompressSync(body)],
    ['identity', Buffer.from(body)],
  ])('decodes Content-Encoding %s', async (encoding, bytes) => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/rss+xml' });
      res.end(bytes);
    });
    const result = await safeFetch(s.url, { allowPrivate: true });
    expect(text(result)).toBe(body);
  });

  it('refuses an encoding it cannot decode with unsupported_type', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'compress' });
      res.end('xx');
    });
    const err = await failure(safeFetch(s.url, { allowPrivate: true }));
    expect(err.code).toBe('unsupported_type');
    expect(err.message).toContain('"compress"');
  });

  it('reports a corrupt compressed body as a network error', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('this is not gzip');
    });
    const err = await failure(safeFetch(s.url, { allowPrivate: true }));
    expect(err.code).toBe('network');
    expect(err.message).toContain('while reading the body');
  });
});

describe('safeFetch: sniffing', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  it.each([
    ['a PDF sent as octet-stream', 'application/octet-stream', '%PDF-1.7\n1 0 obj', 'application/pdf'],
    ['HTML sent with no type', undefined, '<!DOCTYPE html><html><body>x</body></html>', 'text/html'],
    ['RSS sent as text/xml', 'text/xml', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'application/rss+xml'],
    ['Atom sent as text/plain', 'text/plain', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'application/atom+xml'],
    ['a JSON Feed sent as application/json', 'application/json', '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}', 'application/feed+json'],
    ['a PNG sent as text/html', 'text/html', png, 'image/png'],
  ])('sniffs %s', async (_, type, body, sniffed) => {
    const s = await serve((_req, res) => {
      res.writeHead(200, type ? { 'content-type': type } : {});
      res.end(body);
    });
    const result = await safeFetch(s.url, { allowPrivate: true });
    expect(result).toMatchObject({ sniffedType: sniffed });
    expect(result.notModified === false && result.contentType).toBe(type ?? undefined);
  });
});

describe('safeFetch: refusals', () => {
  it.each([
    ['ftp://example.org/file.txt', 'uses ftp:'],
    ['file:///etc/passwd', 'uses file:'],
    ['javascript:alert(1)', 'uses javascript:'],
    ['data:text/html,<b>x</b>', 'uses data:'],
    ['not a url at all', 'is not a URL'],
    ['', 'is not a URL'],
    ['//example.org/no-scheme', 'is not a URL'],
    ['https://user:secret@example.org/', 'carries a user name or password'],
    ['https://user@example.org/', 'carries a user name or password'],
  ])('refuses %j as bad_url', async (url, words) => {
    const err = await failure(safeFetch(url));
    expect(err.code).toBe('bad_url');
    expect(err.message).toContain(words);
    expect(err.message).not.toContain('secret');
  });

  it('refuses loopback without allowPrivate, naming the address, and never connects', async () => {
    const s = await serve((_req, res) => res.end('internal'));
    const err = await failure(safeFetch(`${s.url}/admin`));
    expect(err.code).toBe('private_address');
    expect(err.message).toContain('127.0.0.1');
    expect(err.message).toContain('allowPrivate');
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a host name that resolves to loopback, checked in the DNS lookup', async () => {
    const s = await serve((_req, res) => res.end('internal'));
    const err = await failure(safeFetch(`http://localhost:${s.port}/`));
    expect(err.code).toBe('private_address');
    expect(err.message).toMatch(/localhost:\d+\/ resolves to 127\.0\.0\.1/);
    expect(s.requests).toHaveLength(0);
  });

  it.each(['http://[::1]/', 'http://2130706433/', 'http://0x7f.1/', 'http://[::ffff:127.0.0.1]/', 'http://169.254.169.254/latest/meta-data/', 'http://0.0.0.0/'])(
    'refuses the private literal %s',
    async (url) => {
      const err = await failure(safeFetch(url));
      expect(err.code).toBe('private_address');
    },
  );

  it('reports a refused connection as a network error', async () => {
    const s = await serve(() => {});
    const url = s.url;
    await s.close();
    const err = await failure(safeFetch(url, { allowPrivate: true }));
    expect(err.code).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
  });

  it('rejects with the caller signal reason when the caller aborts', async () => {
    const s = await serve(() => {});
    const controller = new AbortController();
    const pending = safeFetch(s.url, { allowPrivate: true, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    await expect(pending).rejects.toThrow('user cancelled');
    await expect(safeFetch(s.url, { signal: controller.signal })).rejects.toThrow('user cancelled');
  });

  it('throws a RangeError for nonsensical limits, a programmer error', async () => {
    await expect(safeFetch('https://example.org/', { timeoutMs: 0 })).rejects.toThrow(RangeError);
    await expect(safeFetch('https://example.org/', { maxRedirects: -1 })).rejects.toThrow(RangeError);
    await expect(safeFetch('https://example.org/', { maxBytes: Number.NaN })).rejects.toThrow(RangeError);
  });
});
