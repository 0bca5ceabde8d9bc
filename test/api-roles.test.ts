import { beforeEach, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/accounts/roles.js';
import { apiWithUsers, errorShape } from './api-fixtures.js';

// Every write, tried by nobody and by each role: 401 without credentials, 403 below the
// role it needs, and never 401/403 from the role up. The targets exist, so an allowed
// call gets past the checks (some then meet a 404/409/422 of their own, which is fine).
const CLAIM = encodeURIComponent('2021-03-05-riverford-clash/c1');
const NEW_INCIDENT = {
  title: 'Shelling near Lakeside',
  type: 'Shelling/artillery/missile attack',
  date: '2021-04-02',
  places: ['Lakeside'],
  claims: [{ claimant: 'Wire Service', document: 'wire-2021-06', kind: 'event', stance: 'reports', statement: 'Shells fell near Lakeside.' }],
};

type Write = { method: string; path: string; body?: unknown; needs: Role };
const WRITES: Write[] = [
  { method: 'POST', path: '/api/v1/documents', body: { text: 'Two soldiers were wounded near Riverford on 2 April 2021, the Wire Service said.', published: '2021-04-03' }, needs: 'analyst' },
  { method: 'POST', path: '/api/v1/incidents', body: NEW_INCIDENT, needs: 'analyst' },
  { method: 'POST', path: '/api/v1/incidents/2021-03-05-riverford-clash/notes', body: { text: 'Check the Herald figure.' }, needs: 'analyst' },
  { method: 'POST', path: '/api/v1/incidents/2021-03-05-riverford-clash/proposals', body: { title: 'Artillery clash at Riverford', reason: 'Both accounts speak of artillery.' }, needs: 'analyst' },
  { method: 'POST', path: `/api/v1/claims/${CLAIM}/review`, body: { status: 'accepted' }, needs: 'reviewer' },
  { method: 'POST', path: '/api/v1/incidents/2021-03-05-riverford-clash/review', body: { status: 'disputed' }, needs: 'reviewer' },
  { method: 'PATCH', path: '/api/v1/incidents/2021-03-05-riverford-clash', body: { summary: 'Edited in a test.' }, needs: 'reviewer' },
  { method: 'POST', path: '/api/v1/incidents/2021-03-05-riverford-clash/merge', body: { others: ['2021-03-20-lakeside-protest'] }, needs: 'reviewer' },
  { method: 'POST', path: '/api/v1/incidents/2021-03-05-riverford-clash/split', body: { reports: ['x'] }, needs: 'reviewer' },
  { method: 'POST', path: '/api/v1/proposals/no-such-proposal/apply', needs: 'reviewer' },
  { method: 'POST', path: '/api/v1/users', body: { name: 'newcomer', role: 'viewer', password: 'long enough please' }, needs: 'admin' },
  { method: 'PATCH', path: '/api/v1/users/USER', body: { role: 'analyst' }, needs: 'admin' },
  { method: 'PUT', path: '/api/v1/settings', body: { read_access: 'public' }, needs: 'admin' },
  { method: 'POST', path: '/api/v1/tokens', body: { name: 'script' }, needs: 'viewer' },
];
const READS_NEEDING_ROLES: Write[] = [
  { method: 'GET', path: '/api/v1/audit', needs: 'reviewer' },
  { method: 'GET', path: '/api/v1/audit/verify', needs: 'admin' },
  { method: 'GET', path: '/api/v1/users', needs: 'admin' },
  { method: 'GET', path: '/api/v1/settings', needs: 'admin' },
  { method: 'GET', path: '/api/v1/me', needs: 'viewer' },
];

describe('roles', () => {
  let api: Awaited<ReturnType<typeof apiWithUsers>>;
  beforeEach(async () => {
    api = await apiWithUsers({ writesPerMinute: 10_000 });
  });

  for (const w of [...WRITES, ...READS_NEEDING_ROLES]) {
    it(`${w.method} ${w.path.replace('/api/v1', '')} needs ${w.needs}`, async () => {
      const path = w.path.replace('USER', api.users.viewer);
      const anonymous = await api.call(w.method, path, { body: w.body });
      expect(anonymous.status, 'nobody').toBe(401);
      expect(anonymous.body).toMatchObject(errorShape(401, 'unauthorized'));
      for (const role of ROLES) {
        const res = await api.call(w.method, path, { as: role, body: w.body });
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(w.needs);
        if (allowed) {
          expect([401, 403], `${role}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
          expect(res.status, `${role}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
        }
        else {
          expect(res.status, role).toBe(403);
          expect(res.body).toMatchObject(errorShape(403, 'forbidden'));
          expect(res.body.error.message).toContain(w.needs);
        }
      }
    });
  }

  it('lets reads through to anyone while reads are public, and asks for a sign-in once an admin makes them private', async () => {
    expect((await api.call('GET', '/api/v1/incidents')).status).toBe(200);
    expect((await api.call('PUT', '/api/v1/settings', { as: 'admin', body: { read_access: 'private' } })).status).toBe(200);
    expect((await api.call('GET', '/api/v1/incidents')).body).toMatchObject(errorShape(401, 'unauthorized'));
    expect((await api.call('GET', '/api/v1/incidents', { as: 'viewer' })).status).toBe(200);
    // The OpenAPI document and the sign-in stay open, or nobody could find out how to get in.
    expect((await api.call('GET', '/api/v1/openapi.json')).status).toBe(200);
    expect((await api.call('POST', '/api/v1/session', { body: { name: 'viewer', password: 'wrong password' } })).status).toBe(401);
  });

  it('reads the private setting from the store when the server starts', async () => {
    await api.store.setSetting('read_access', 'private');
    const { createApp } = await import('../src/server/app.js');
    const restarted = createApp(api.store);
    expect((await restarted.request('/api/v1/incidents')).status).toBe(401);
  });

  it('refuses unknown, revoked and disabled credentials with 401', async () => {
    expect((await api.call('GET', '/api/v1/me', { headers: { authorization: 'Bearer trc_not-a-token' } })).status).toBe(401);
    expect((await api.call('GET', '/api/v1/me', { headers: { authorization: 'Basic dXNlcjpwdw==' } })).status).toBe(401);
    const created = await api.call('POST', '/api/v1/tokens', { as: 'analyst', body: { name: 'short-lived' } });
    expect(created.status).toBe(201);
    const headers = { authorization: `Bearer ${created.body.secret}` };
    expect((await api.call('GET', '/api/v1/me', { headers })).body.name).toBe('analyst');
    expect((await api.call('DELETE', `/api/v1/tokens/${created.body.id}`, { as: 'analyst' })).status).toBe(200);
    expect((await api.call('GET', '/api/v1/me', { headers })).status).toBe(401);
    // Another user's token is not yours to revoke.
    const other = await api.call('POST', '/api/v1/tokens', { as: 'reviewer', body: { name: 'mine' } });
    expect((await api.call('DELETE', `/api/v1/tokens/${other.body.id}`, { as: 'analyst' })).status).toBe(404);
    expect((await api.call('PATCH', `/api/v1/users/${api.users.reviewer}`, { as: 'admin', body: { disabled: true } })).status).toBe(200);
    expect((await api.call('GET', '/api/v1/me', { as: 'reviewer' })).status).toBe(401);
  });

  it('keeps an admin from locking themselves out', async () => {
    const res = await api.call('PATCH', `/api/v1/users/${api.users.admin}`, { as: 'admin', body: { role: 'viewer' } });
    expect(res.body).toMatchObject(errorShape(403));
  });
});
