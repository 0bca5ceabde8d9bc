import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { verifyPassword } from '../../accounts/passwords.js';
import { newSecret } from '../../accounts/tokens.js';
import { route, type ApiRoute } from '../api-route.js';
import type { RouteDeps } from '../api-routes.js';
import { DEFAULTS } from '../app-config.js';
import { SESSION_COOKIE } from '../auth.js';
import { tooMany, unauthorized } from '../errors.js';

/** The caller's address: the socket's, or X-Forwarded-For's first hop behind a proxy we were told to trust. */
export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

function overTls(c: Context, trustProxy = false): boolean {
  return new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto') === 'https');
}

const SignIn = z.strictObject({ name: z.string().trim().min(1).max(200), password: z.string().min(1).max(1000) });

/** Signing in and out of the web UI: a session cookie (HttpOnly, SameSite=Strict, Secure over TLS) and a CSRF token for writes. */
export function sessionRoutes(deps: RouteDeps): ApiRoute[] {
  const { config } = deps;
  return [
    route({
      method: 'post', path: '/session', summary: 'Sign in with name and password; sets the session cookie and returns the CSRF token writes must send', tag: 'accounts',
      access: 'public', body: SignIn, errors: [429],
      async handler({ c, store, body }) {
        const hit = deps.logins.hit(`${clientAddress(c, config.trustProxy)}|${body.name.toLowerCase()}`);
        if (!hit.ok) throw tooMany(`too many sign-in attempts for ${body.name}; try again later`, hit.retryAfterSeconds);
        const user = await store.findUserByName(body.name);
        // One answer for an unknown name and a wrong password, so names cannot be probed.
        const ok = user?.password_hash && !user.disabled ? await verifyPassword(body.password, user.password_hash) : false;
        if (!user || !ok) throw unauthorized('the name or the password is wrong');
        const session = newSecret('sess');
        const csrf_token = newSecret('sess').secret;
        const hours = config.sessionHours ?? DEFAULTS.sessionHours;
        const now = new Date();
        const expires_at = new Date(now.getTime() + hours * 3_600_000).toISOString();
        await store.addSession({ id_hash: session.hash, user_id: user.id, csrf_token, created_at: now.toISOString(), expires_at });
        setCookie(c, SESSION_COOKIE, session.secret, {
          httpOnly: true,
          sameSite: 'Strict',
          secure: config.secureCookies ?? overTls(c, config.trustProxy),
          path: '/',
          maxAge: hours * 3600,
        });
        const { password_hash: _, ...shown } = user;
        return { user: shown, csrf_token, expires_at };
      },
    }),
    route({
      method: 'get', path: '/session', summary: 'Who is signed in, with the CSRF token of a browser session', tag: 'accounts', access: 'viewer',
      handler: async ({ caller }) => ({ user: caller!.user, via: caller!.via, ...(caller!.via === 'session' ? { csrf_token: caller!.csrf_token } : {}) }),
    }),
    route({
      method: 'delete', path: '/session', summary: 'Sign out', tag: 'accounts', access: 'viewer', status: 204,
      async handler({ c, store, caller }) {
        if (caller?.via === 'session') await store.deleteSession(caller.session_hash);
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return null;
      },
    }),
  ];
}
