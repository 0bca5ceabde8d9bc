import type { Command } from 'commander';
import { newSecret } from '../accounts/tokens.js';
import type { ApiToken } from '../storage/account-store.js';
import { cliActor } from './cli-actor.js';
import { formatTable, printJson, wantsJson } from './output.js';
import { userNamed } from './user.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

const day = (iso: string | null) => iso?.slice(0, 16).replace('T', ' ') ?? '';

/** `truce token create|list|revoke`: API tokens, for scripts and programs (`Authorization: Bearer trc_...`). */
export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens: a user\'s key for scripts ("Authorization: Bearer trc_..."); only their hashes are stored');
  token
    .command('create')
    .description('create a token for a user and print it, once')
    .requiredOption('--user <name>', 'whose token it is: it acts with their role')
    .option('--name <label>', 'what it is for', 'api')
    .option('--json', 'print {token, secret} as JSON')
    .action(async (opts: { user: string; name: string; json?: boolean }) => {
      const label = opts.name.trim();
      if (!label) throw new UserError('name must not be empty: say what the token is for, or leave --name out');
      await withRecord(async (store) => {
        const owner = await userNamed(store, opts.user);
        if (owner.disabled) throw new UserError(`${owner.name} is disabled, so a token would not work; "truce user enable ${owner.name}" first`);
        const { secret, hash } = newSecret('trc');
        const actor = cliActor();
        const created = await store.transaction(async (tx) => {
          const t = await tx.addToken({ user_id: owner.id, name: label, token_hash: hash });
          await tx.appendAudit({ actor, action: 'token.create', target_kind: 'token', target_id: t.id, before: null, after: { ...t, user_name: owner.name } });
          return t;
        });
        if (opts.json) {
          printJson({ token: created, secret });
          process.stderr.write('This is the only time the secret is shown: Truce keeps only its hash.\n');
          return;
        }
        process.stdout.write(`Created token ${created.id} ("${label}") for ${owner.name} (${owner.role}):\n\n  ${secret}\n\nIt will not be shown again: Truce keeps only its hash. Send it as "Authorization: Bearer ${secret.slice(0, 8)}...".\n`);
      });
    });
  token
    .command('list')
    .description("list tokens (never their secrets): whose, what for, when last used, whether revoked")
    .option('--user <name>', "only this user's tokens")
    .option('--json', 'print JSON even on a terminal')
    .action(async (opts: { user?: string; json?: boolean }) => {
      await withRecord(async (store) => {
        const owner = opts.user ? await userNamed(store, opts.user) : undefined;
        const tokens = await store.listTokens(owner?.id);
        if (wantsJson(opts)) return printJson({ tokens });
        if (!tokens.length) return void process.stdout.write(`No tokens${owner ? ` for ${owner.name}` : ''} yet: create one with "truce token create --user NAME".\n`);
        const names = new Map((await store.listUsers()).map((u) => [u.id, u.name]));
        process.stdout.write(`${formatTable(['id', 'user', 'name', 'created', 'last used', 'revoked'], tokens.map((t) => [t.id, names.get(t.user_id) ?? t.user_id, t.name, day(t.created_at), day(t.last_used_at) || 'never', day(t.revoked_at)]))}\n`);
      });
    });
  token
    .command('revoke <id>')
    .description('revoke a token for good: requests with it are refused from now on')
    .action(async (id: string) => {
      await withRecord(async (store) => {
        const before: ApiToken | undefined = (await store.listTokens()).find((t) => t.id === id.trim());
        if (!before) throw new UserError(`no token has the id "${id}"; "truce token list" shows them (ids start with tok_, not trc_)`);
        if (before.revoked_at) return void process.stdout.write(`Token ${before.id} was revoked already, on ${day(before.revoked_at)}; nothing changed.\n`);
        const actor = cliActor();
        await store.transaction(async (tx) => {
          const after = await tx.revokeToken(before.id);
          await tx.appendAudit({ actor, action: 'token.revoke', target_kind: 'token', target_id: before.id, before, after: after ?? null });
        });
        process.stdout.write(`Revoked token ${before.id} ("${before.name}"): requests with it are refused from now on.\n`);
      });
    });
}
