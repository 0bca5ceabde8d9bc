import { z } from 'zod';
import { hashPassword } from '../../accounts/passwords.js';
import { hasRole, Role } from '../../accounts/roles.js';
import { newSecret } from '../../accounts/tokens.js';
import { route, type ApiRoute } from '../api-route.js';
import type { RouteDeps } from '../api-routes.js';
import { forbidden, invalidBody, notFound } from '../errors.js';

const userName = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N}._@-]+$/u, 'use letters, digits, dots, hyphens, underscores or @');
const NewUser = z.strictObject({ name: userName, role: Role, password: z.string().max(1000).optional().describe('at least 8 characters; leave out for a token-only account') });
const UserChange = z.strictObject({ role: Role.optional(), disabled: z.boolean().optional(), password: z.string().max(1000).optional() });
const NewToken = z.strictObject({ name: z.string().trim().min(1).max(100).describe('what the token is for'), user_id: z.string().optional().describe("another user's id (admins only)") });
const Settings = z.strictObject({ read_access: z.enum(['public', 'private']).describe('public: anyone may read; private: reads need a sign-in') });

/** Users, API tokens and settings: each user manages their own tokens; admins manage users, everyone's tokens and settings. */
export function accountRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    route({ method: 'get', path: '/me', summary: 'The signed-in user', tag: 'accounts', access: 'viewer', handler: async ({ caller }) => caller!.user }),
    route({ method: 'get', path: '/users', summary: 'Every user', tag: 'accounts', access: 'admin', handler: async ({ store }) => ({ items: await store.listUsers() }) }),
    route({
      method: 'post', path: '/users', summary: 'Add a user', tag: 'accounts', access: 'admin', write: true, status: 201, body: NewUser, errors: [409],
      async handler({ store, body, audit }) {
        const user = await store.addUser({ name: body.name, role: body.role, password_hash: body.password === undefined ? null : await hashPassword(body.password) });
        await audit({ action: 'user.add', target_kind: 'user', target_id: user.id, before: null, after: user });
        return user;
      },
    }),
    route({
      method: 'patch', path: '/users/{id}', summary: "Change a user's role, disable or enable them, or set their password", tag: 'accounts', access: 'admin', write: true, body: UserChange,
      async handler({ store, params, body, audit, caller }) {
        const before = await store.getUser(params.id);
        if (!before) throw notFound('user', params.id);
        if (body.role === undefined && body.disabled === undefined && body.password === undefined) throw invalidBody('say what to change: role, disabled or password');
        // An admin who demotes or disables themselves could leave nobody able to undo it.
        if (params.id === caller!.user.id && ((body.role && body.role !== 'admin') || body.disabled)) throw forbidden('an admin cannot demote or disable themselves; ask another admin');
        const after = await store.updateUser(params.id, { role: body.role, disabled: body.disabled, ...(body.password !== undefined ? { password_hash: await hashPassword(body.password) } : {}) });
        await audit({ action: 'user.change', target_kind: 'user', target_id: params.id, before, after: { ...after, ...(body.password !== undefined ? { password: 'changed' } : {}) } });
        return after;
      },
    }),
    route({
      method: 'get', path: '/tokens', summary: "Your API tokens (an admin's ?user= lists another's, ?user=all everyone's)", tag: 'accounts', access: 'viewer',
      query: z.strictObject({ user: z.string().optional().describe('a user id, or all (admins only)') }),
      async handler({ store, query, caller }) {
        const me = caller!.user;
        if (query.user && query.user !== me.id && !hasRole(me.role, 'admin')) throw forbidden("only admins may list others' tokens");
        return { items: await store.listTokens(query.user === 'all' ? undefined : (query.user ?? me.id)) };
      },
    }),
    route({
      method: 'post', path: '/tokens', summary: 'Create an API token; its secret is shown in this answer only', tag: 'accounts', access: 'viewer', write: true, status: 201, body: NewToken,
      async handler({ store, body, audit, caller }) {
        const me = caller!.user;
        const userId = body.user_id ?? me.id;
        if (userId !== me.id && !hasRole(me.role, 'admin')) throw forbidden('only admins may create tokens for others');
        if (!(await store.getUser(userId))) throw invalidBody(`no user has the id "${userId}"`, 'user_id');
        const { secret, hash } = newSecret('trc');
        const token = await store.addToken({ user_id: userId, name: body.name, token_hash: hash });
        await audit({ action: 'token.create', target_kind: 'token', target_id: token.id, before: null, after: token });
        return { ...token, secret, note: 'keep the secret now: it is stored only as a hash and will not be shown again' };
      },
    }),
    route({
      method: 'delete', path: '/tokens/{id}', summary: 'Revoke an API token (yours, or any as an admin)', tag: 'accounts', access: 'viewer', write: true,
      async handler({ store, params, audit, caller }) {
        const me = caller!.user;
        const mine = (await store.listTokens(hasRole(me.role, 'admin') ? undefined : me.id)).find((t) => t.id === params.id);
        if (!mine) throw notFound('token of yours', params.id);
        const after = await store.revokeToken(params.id);
        await audit({ action: 'token.revoke', target_kind: 'token', target_id: params.id, before: mine, after: after ?? null });
        return after;
      },
    }),
    route({
      method: 'get', path: '/settings', summary: "The server's settings", tag: 'accounts', access: 'admin',
      handler: async ({ store }) => ({ read_access: deps.config.readAccess ?? (await store.getSetting<string>('read_access')) ?? 'public', fixed_by_config: !!deps.config.readAccess }),
    }),
    route({
      method: 'put', path: '/settings', summary: 'Change settings: whether reads are public', tag: 'accounts', access: 'admin', write: true, body: Settings,
      async handler({ store, body, audit }) {
        const before = (await store.getSetting<string>('read_access')) ?? 'public';
        await store.setSetting('read_access', body.read_access);
        await audit({ action: 'settings.change', target_kind: 'settings', target_id: 'read_access', before: { read_access: before }, after: body });
        deps.setReadAccess(body.read_access);
        return { ...body, fixed_by_config: !!deps.config.readAccess };
      },
    }),
  ];
}
