import { describe, expect, it } from 'vitest';
import { safeFetch } from './safe-fetch.js';
import { fetchFailure, serverPerTest } from './test-server.js';

const serve = serverPerTest();

const failure = fetchFailure;

// /hop/N redirects to /hop/N-1 until /hop/0, which answers.
const chain = () =>
  serve((req, res) => {
    const n = Number(/^\/hop\/(\d+)/.exec(req.url!)?.[1]);
    if (n > 0) return res.writeHead(302, { location: `/hop/${n - 1}` }).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived');
  });

describe('safeFetch: redirects', () => {
  it('follows a chain within the limit and reports the final URL', async () => {
    const s = await chain();
    const result = await safeFetch(`${s.url}/hop/3`, { allowPrivate: true, maxRedirects: 3 });
    expect(result).toMatchObject({ url: `${s.url}/hop/0`, status: 200 });
    expect(s.requests.map((r) => r.url)).toEqual(['/hop/3', '/hop/2', '/hop/1', '/hop/0']);
  });

  it('stops a chain over the limit with too_many_redirects', async () => {
    const s = await chain();
    const err = await failure(safeFetch(`${s.url}/hop/6`, { allowPrivate: true }));
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toContain('redirected more than 5 times');
    expect(s.requests).toHaveLength(6);
  });

  it('follows no redirect at all with maxRedirects 0', async () => {
    const s = await chain();
    const err = await failure(safeFetch(`${s.url}/hop/1`, { allowPrivate: true, maxRedirects: 0 }));
    expect(err.code).toBe('too_many_redirects');
  });

  it.each([301, 302, 303, 307, 308])('follows a %i', async (status) => {
    const s = await serve((req, res) => {
      if (req.url === '/old') return res.writeHead(status, { location: '/new' }).end();
      res.end('new');
    });
    const result = await safeFetch(`${s.url}/old`, { allowPrivate: true });
    expect(result.url).toBe(`${s.url}/new`);
  });

  it('resolves a relative Location against the URL that sent it', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/news/2024/story') return res.writeHead(301, { location: '../archive/story?id=7' }).end();
      res.end(req.url);
    });
    const result = await safeFetch(`${s.url}/news/2024/story`, { allowPrivate: true });
    expect(result.url).toBe(`${s.url}/news/archive/story?id=7`);
  });

  it('reports a redirect without a Location as http_status', async () => {
    const s = await serve((_req, res) => res.writeHead(302).end());
    const err = await failure(safeFetch(s.url, { allowPrivate: true }));
    expect(err).toMatchObject({ code: 'http_status', status: 302 });
    expect(err.message).toContain('no Location header');
  });

  it.each([
    ['ftp://example.org/x', 'uses ftp:'],
    ['file:///etc/passwd', 'uses file:'],
    ['http://admin:pw@example.org/', 'carries a user name or password'],
  ])('refuses a redirect to %s as bad_url', async (location, words) => {
    const s = await serve((_req, res) => res.writeHead(302, { location }).end());
    const err = await failure(safeFetch(s.url, { allowPrivate: true }));
    expect(err.code).toBe('bad_url');
    expect(err.message).toContain(words);
    expect(err.message).toContain(`redirected to from ${s.url}/`);
  });

  // The test seam stands in for the public internet: only this server's address counts as public.
  const onlyTheServer = (ip: string) => ip === '127.0.0.1';

  it.each(['http://127.0.0.2/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://10.0.0.1:8080/admin'])(
    'refuses a redirect from an allowed server to the private address in %s',
    async (location) => {
      const s = await serve((_req, res) => res.writeHead(302, { location }).end());
      const err = await failure(safeFetch(s.url, { isAllowedAddress: onlyTheServer }));
      expect(err.code).toBe('private_address');
      expect(err.message).toContain(new URL(location).hostname.replace(/[[\]]/g, ''));
    },
  );

  it('refuses a redirect to a host name that resolves to a refused address', async () => {
    const s = await serve((req, res) => {
      if (req.url === '/') return res.writeHead(302, { location: `http://localhost:${s.port}/inside` }).end();
      res.end('inside');
    });
    // The seam plays a rebinding name server: 127.0.0.1 counts as public until the first request has landed.
    const err = await failure(safeFetch(s.url, { isAllowedAddress: (ip) => ip === '127.0.0.1' && s.requests.length === 0 }));
    expect(err.code).toBe('private_address');
    expect(err.message).toContain(`localhost:${s.port}/inside resolves to 127.0.0.1`);
    expect(s.requests.map((r) => r.url)).toEqual(['/']);
  });
});
