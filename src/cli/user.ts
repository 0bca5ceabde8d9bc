import type { Command } from 'commander';
import { hashPassword, PasswordError } from '../accounts/passwords.js';
import { Role, ROLES } from '../accounts/roles.js';
import type { User } from '../storage/account-store.js';
import { DuplicateError } from '../storage/duplicate-error.js';
import type { Store } from '../storage/store.js';
import { cliActor } from './cli-actor.js';
import { formatTable, printJson, wantsJson } from './output.js';
import { readPassword } from './read-password.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** The user with this name (any case), or a UserError saying how to find names. */
export async function userNamed(store: Store, name: string): Promise<User & { has_password: boolean }> {
  const found = await store.findUserByName(name.trim());
  if (!found) throw new UserError(`no user is called "${name}"; "truce user list" shows them`);
  const { password_hash, ...user } = found;
  return { ...user, has_password: password_hash !== null };
}

/** A role typed on the command line, or a UserError listing the roles. */
export function parseRole(text: string): Role {
  const role = Role.safeParse(text.trim().toLowerCase());
  if (!role.success) throw new UserError(`"${text}" is not a role: role must be one of ${ROLES.join(', ')}`);
  return role.data;
}

/** A user's name as typed: trimmed; not empty, not too long, no control characters. */
function parseName(text: string): string {
  const name = text.trim();
  if (!name) throw new UserError('name must not be empty');
  if (name.length > 64) throw new UserError(`name must be at most 64 characters long ("${name.slice(0, 20)}..." has ${name.length})`);
  if (/\p{Cc}/u.test(name)) throw new UserError('name must not contain control characters (tabs, newlines...)');
  return name;
}

/** A new password from TRUCE_PASSWORD or standard input, hashed; PasswordError's message becomes one line. */
async function newPasswordHash(): Promise<string> {
  try {
    return await hashPassword(await readPassword());
  } catch (error) {
    if (error instanceof PasswordError) throw new UserError(`${error.message}; nothing was written`);
    throw error;
  }
}

/** Runs a change and its audit entry in one transaction. */
function audited(store: Store, change: (tx: Store, actor: string) => Promise<void>): Promise<void> {
  const actor = cliActor();
  return store.transaction((tx) => change(tx, actor));
}

/** `truce user add|list|set-role|disable|enable|password`: who may sign in to the API, and as what. */
export function registerUser(program: Command): void {
  const user = program.command('user').description(`the people and programs that may use the API, each with a role (${ROLES.join(' < ')}); every change is in the audit log`);
  user
    .command('add <name>')
    .description('add a user; the password comes from TRUCE_PASSWORD, or one line of standard input')
    .requiredOption('--role <role>', `what they may do: ${ROLES.join(', ')} (see docs/accounts.md)`)
    .option('--no-password', 'no password: the account signs in only with API tokens')
    .action(async (rawName: string, opts: { role: string; password: boolean }) => {
      const name = parseName(rawName);
      const role = parseRole(opts.role);
      await withRecord(async (store) => {
        const taken = await store.findUserByName(name);
        if (taken) throw new UserError(`the name "${name}" is taken${taken.name === name ? '' : ` by "${taken.name}" (names are compared without regard to case)`}; "truce user list" shows the users`);
        const password_hash = opts.password ? await newPasswordHash() : null;
        let added: User | undefined;
        await audited(store, async (tx, actor) => {
          try {
            added = await tx.addUser({ name, role, password_hash });
          } catch (error) {
            if (error instanceof DuplicateError) throw new UserError(`${error.message}; "truce user list" shows the users`);
            throw error;
          }
          await tx.appendAudit({ actor, action: 'user.add', target_kind: 'user', target_id: added.id, before: null, after: { ...added, has_password: password_hash !== null } });
        });
        process.stdout.write(`Added ${added!.name} (${role}${password_hash ? '' : ', no password: create a token with "truce token create"'}), id ${added!.id}.\n`);
      });
    });
  user
    .command('list')
    .description('list the users, their roles, and whether they are enabled')
    .option('--json', 'print JSON even on a terminal')
    .action(async (opts: { json?: boolean }) => {
      await withRecord(async (store) => {
        const users = await store.listUsers();
        if (wantsJson(opts)) return printJson({ users });
        if (!users.length) return void process.stdout.write('No users yet: add one with "truce user add NAME --role admin".\n');
        process.stdout.write(`${formatTable(['name', 'role', 'status', 'created', 'id'], users.map((u) => [u.name, u.role, u.disabled ? 'disabled' : 'enabled', u.created_at.slice(0, 16).replace('T', ' '), u.id]))}\n`);
      });
    });
  user
    .command('set-role <name> <role>')
    .description(`change what a user may do: ${ROLES.join(', ')}`)
    .action(async (name: string, roleText: string) => {
      const role = parseRole(roleText);
      await withRecord(async (store) => {
        const before = await userNamed(store, name);
        if (before.role === role) return void process.stdout.write(`${before.name} is ${role} already; nothing changed.\n`);
        await audited(store, async (tx, actor) => {
          const after = await tx.updateUser(before.id, { role });
          await tx.appendAudit({ actor, action: 'user.set-role', target_kind: 'user', target_id: before.id, before, after: { ...after, has_password: before.has_password } });
        });
        process.stdout.write(`${before.name} is now ${role} (was ${before.role}).\n`);
      });
    });
  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    user
      .command(`${verb} <name>`)
      .description(disabled ? 'stop a user signing in; their tokens and sessions stop working (nothing is deleted)' : 'let a disabled user sign in again, with their tokens')
      .action(async (name: string) => {
        await withRecord(async (store) => {
          const before = await userNamed(store, name);
          if (before.disabled === disabled) return void process.stdout.write(`${before.name} is ${verb}d already; nothing changed.\n`);
          await audited(store, async (tx, actor) => {
            const after = await tx.updateUser(before.id, { disabled });
            await tx.appendAudit({ actor, action: `user.${verb}`, target_kind: 'user', target_id: before.id, before, after: { ...after, has_password: before.has_password } });
          });
          process.stdout.write(`${before.name} is now ${verb}d.\n`);
        });
      });
  }
  user
    .command('password <name>')
    .description("set a user's password, from TRUCE_PASSWORD or one line of standard input")
    .action(async (name: string) => {
      await withRecord(async (store) => {
        const before = await userNamed(store, name);
        const password_hash = await newPasswordHash();
        await audited(store, async (tx, actor) => {
          const after = await tx.updateUser(before.id, { password_hash });
          // The audit entry says the password changed, never what to.
          await tx.appendAudit({ actor, action: 'user.password', target_kind: 'user', target_id: before.id, before, after: { ...after, has_password: true } });
        });
        process.stdout.write(`${before.name}'s password is set.\n`);
      });
    });
}
