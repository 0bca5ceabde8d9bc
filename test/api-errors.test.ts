import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import type { Store } from '../src/storage/store.js';
import { apiWithUsers, PASSWORD } from './api-fixtures.js';

// One JSON error shape for every error, the limits that produce them, sessions with CSRF,
// and hostile input stored and returned as inert text.

const shape = (status: number) => ({ error: { status, code: expect.any(String), message: expect.any(String) } });

describe('errors, limits and sessions', () => {
  let api: Awaited<ReturnType<typeof apiWithUsers>>;
  beforeEach(async () => {
    api = await apiWithUsers({ loginsPer15Minutes: 2, maxBodyBytes: 10_000 });
  });

  it('answers 400, 401, 403, 404, 409, 413, 422, 429 and 500 in one shape', async () => {
    const cases: [number, () => Promise<{ status: number; body: unknown; headers: Headers }>][] = [
      [400, () => api.call('GET', '/api/v1/incidents?from=soon')],
      [400, () => api.call('GET', '/api/v1/incidents?colour=red')],
      [400, () => api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', raw: '{"text": "unfinished', headers: { 'content-type': 'application/json' } })],
      [401, () => api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { body: { text: 'x' } })],
      [403, () => api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/review', { as: 'analyst', body: { status: 'accepted' } })],
      [404, () => api.call('GET', '/api/v1/incidents/nope')],
      [409, () => api.call('POST', '/api/v1/users', { as: 'admin', body: { name: 'VIEWER', role: 'viewer' } })],
      [413, () => api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body: { text: 'x'.repeat(20_000) } })],
      [422, () => api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body: { text: 42 } })],
    ];
    for (const [status, request] of cases) {
      const res = await request();
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body).toMatchObject(shape(status));
      expect(Object.keys((res.body as { error: object }).error).every((k) => ['status', 'code', 'message', 'field'].includes(k))).toBe(true);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
    // 429: a fourth write in the minute.
    const limits = await apiWithUsers({ writesPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await limits.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body: { text: `note ${i}` } })).status).toBe(201);
    const limited = await limits.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body: { text: 'one too many' } });
    expect(limited.body).toMatchObject(shape(429));
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another user has their own allowance.
    expect((await limits.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'reviewer', body: { text: 'mine' } })).status).toBe(201);
    // 500: a store that fails; the message does not leak the error.
    const broken = new Proxy(api.store, { get: (target, key) => (key === 'listIncidents' ? () => Promise.reject(new Error('disk on fire')) : Reflect.get(target, key)) }) as Store;
    const quiet = console.error;
    console.error = () => undefined;
    try {
      const res = await createApp(broken).request('/api/v1/incidents');
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body).toMatchObject(shape(500));
      expect(JSON.stringify(body)).not.toContain('disk on fire');
    } finally {
      console.error = quiet;
    }
  });

  it('names the field at fault: wrong types, unknown fields, bad values', async () => {
    const note = (body: unknown) => api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', body });
    expect((await note({ text: 'fine', colour: 'red' })).body).toMatchObject({ error: { status: 422, field: 'colour', message: expect.stringContaining('unknown field') } });
    expect((await note({})).body).toMatchObject({ error: { status: 422, field: 'text' } });
    expect((await note([1, 2])).body).toMatchObject({ error: { status: 422 } });
    expect((await note('just a string')).body).toMatchObject({ error: { status: 422 } });
    expect((await api.call('POST', '/api/v1/claims/x%2Fc1/review', { as: 'reviewer', body: { status: 'maybe' } })).body).toMatchObject({ error: { status: 422, field: 'status' } });
    expect((await api.call('POST', '/api/v1/users', { as: 'admin', body: { name: 'ok', role: 'god' } })).body).toMatchObject({ error: { status: 422, field: 'role' } });
    expect((await api.call('POST', '/api/v1/users', { as: 'admin', body: { name: 'ok', role: 'viewer', password: 'short' } })).body).toMatchObject({ error: { status: 422, field: 'password' } });
    const plain = await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/notes', { as: 'analyst', raw: 'text=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(plain.body).toMatchObject({ error: { status: 415 } });
  });

  it('stores SQL and script injection strings as inert text and gives them back unchanged', async () => {
    const hostile = [`'); DROP TABLE incidents; --`, '<script>alert(document.cookie)</script>', '" OR 1=1 --', '{{7*7}} ${7*7}', 'Robert\u0000Tables'];
    for (const text of hostile) {
      const res = await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/proposals', { as: 'reviewer', body: { title: text, reason: text } });
      expect(res.status).toBe(201);
    }
    const notes = (await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash/notes')).body.items;
    expect(notes.map((n: { text: string }) => n.text)).toEqual(hostile);
    for (const q of hostile) {
      const res = await api.call('GET', `/api/v1/incidents?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect((await api.call('GET', '/api/v1/incidents')).body.items.length).toBeGreaterThan(0);
    // JSON is never served as a page a browser would run.
    const res = await api.call('GET', '/api/v1/incidents/2021-03-05-riverford-clash/notes');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
  });

  it('signs in with a cookie that scripts cannot read, and asks a browser write for its CSRF token', async () => {
    const wrong = await api.call('POST', '/api/v1/session', { body: { name: 'reviewer', password: 'not the password' } });
    expect(wrong.body).toMatchObject(shape(401));
    const signIn = await api.call('POST', '/api/v1/session', { body: { name: 'Reviewer', password: PASSWORD } });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/truce_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const session = cookie.split(';')[0];
    const headers = { cookie: session };
    expect((await api.call('GET', '/api/v1/session', { headers })).body).toMatchObject({ user: { name: 'reviewer' }, csrf_token: signIn.body.csrf_token });
    const noToken = await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/review', { headers, body: { status: 'accepted' } });
    expect(noToken.body).toMatchObject({ error: { status: 403, code: 'csrf_failed' } });
    const withToken = await api.call('POST', '/api/v1/incidents/2021-03-05-riverford-clash/review', { headers: { ...headers, 'X-CSRF-Token': signIn.body.csrf_token }, body: { status: 'accepted' } });
    expect(withToken.status).toBe(200);
    expect((await api.call('DELETE', '/api/v1/session', { headers: { ...headers, 'X-CSRF-Token': signIn.body.csrf_token } })).status).toBe(204);
    expect((await api.call('GET', '/api/v1/session', { headers })).status).toBe(401);
  });

  it('marks the cookie Secure over TLS, and limits sign-in attempts', async () => {
    const res = await api.app.request('https://truce.example/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'viewer', password: PASSWORD }) });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
    // The second attempt above was for viewer; two more for admin, then the third is refused even with the right password.
    await api.call('POST', '/api/v1/session', { body: { name: 'admin', password: 'guess one' } });
    await api.call('POST', '/api/v1/session', { body: { name: 'admin', password: 'guess two' } });
    const limited = await api.call('POST', '/api/v1/session', { body: { name: 'admin', password: PASSWORD } });
    expect(limited.body).toMatchObject(shape(429));
  });
});
