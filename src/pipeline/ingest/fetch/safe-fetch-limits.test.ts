import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { safeFetch } from './safe-fetch.js';
import { fetchFailure, serverPerTest } from './test-server.js';

const serve = serverPerTest();
const timers: NodeJS.Timeout[] = [];
afterEach(() => {
  timers.splice(0).forEach(clearInterval);
});

const failure = fetchFailure;
const timed = async <T>(p: Promise<T>) => {
  const start = performance.now();
  const value = await p;
  return { value, ms: performance.now() - start };
};

describe('safeFetch: deadline', () => {
  it('gives up on a server that never answers, naming the URL and the limit', async () => {
    const s = await serve(() => {});
    const { value: err, ms } = await timed(failure(safeFetch(`${s.url}/slow`, { allowPrivate: true, timeoutMs: 300 })));
    expect(err.code).toBe('timeout');
    expect(err.message).toBe(`${s.url}/slow did not answer within 300 ms`);
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(1000);
  });

  it('gives up on a body that drips in slower than the deadline', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      timers.push(setInterval(() => res.write('.'), 20));
    });
    const { value: err, ms } = await timed(failure(safeFetch(s.url, { allowPrivate: true, timeoutMs: 300 })));
    expect(err.code).toBe('timeout');
    expect(ms).toBeLessThan(1000);
  });

  it('counts one deadline across redirects, not one per hop', async () => {
    // Each hop answers in 120 ms, well inside 300 ms, but four of them do not.
    const s = await serve((req, res) => {
      const n = Number(req.url!.slice(1));
      setTimeout(() => res.writeHead(302, { location: `/${n + 1}` }).end(), 120);
    });
    const { value: err, ms } = await timed(failure(safeFetch(`${s.url}/0`, { allowPrivate: true, timeoutMs: 300 })));
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/did not answer within 300 ms \(it was waiting for .*\/2\)/);
    expect(ms).toBeLessThan(1000);
  });
});

describe('safeFetch: size limit', () => {
  it('refuses early when Content-Length is over the limit', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.write('x'.repeat(1024)); // the rest never comes; the client must not wait for it
    });
    const { value: err, ms } = await timed(failure(safeFetch(`${s.url}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 })));
    expect(err.code).toBe('too_large');
    expect(err.message).toBe(`${s.url}/big is larger than the 1 MB limit (it says 52428800 bytes)`);
    expect(ms).toBeLessThan(1000);
  });

  it('says 20 MB for the default limit', async () => {
    const s = await serve((_req, res) => res.writeHead(200, { 'content-length': String(21 * 1024 * 1024) }).flushHeaders());
    const err = await failure(safeFetch(s.url, { allowPrivate: true }));
    expect(err.message).toContain('is larger than the 20 MB limit');
  });

  it('cuts off a chunked body without Content-Length once it passes the limit', async () => {
    let sent = 0;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'y'.repeat(16 * 1024);
      timers.push(
        setInterval(() => {
          if (!res.destroyed) res.write(chunk, () => (sent += chunk.length));
        }, 1),
      );
    });
    const err = await failure(safeFetch(s.url, { allowPrivate: true, maxBytes: 100 * 1024, timeoutMs: 2000 }));
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('larger than the 100 KB limit');
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it('accepts a body of exactly the limit', async () => {
    const s = await serve((_req, res) => res.end('z'.repeat(1000)));
    const result = await safeFetch(s.url, { allowPrivate: true, maxBytes: 1000 });
    expect(result.notModified === false && result.bytes.length).toBe(1000);
  });

  it('counts decompressed bytes, so a small gzip bomb is cut off', async () => {
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024)); // 16 MB of zeros, about 16 KB on the wire
    expect(bomb.length).toBeLessThan(100 * 1024);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    const { value: err, ms } = await timed(failure(safeFetch(s.url, { allowPrivate: true, maxBytes: 1024 * 1024 })));
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('larger than the 1 MB limit');
    expect(ms).toBeLessThan(1000);
  });
});
