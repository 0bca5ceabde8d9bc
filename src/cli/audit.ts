import type { Command } from 'commander';
import { verifyChain } from '../audit/chain.js';
import { MAX_AUDIT_PAGE } from '../storage/audit-store.js';
import { formatTable, printJson, wantsJson } from './output.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** A whole number from 1 up to `max`, from a flag, or a UserError naming the flag. */
function wholeNumber(flag: string, text: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UserError(`${flag} must be a whole number from 1 to ${max === Number.MAX_SAFE_INTEGER ? 'the newest entry' : max}, not "${text}"`);
  return n;
}

/** `truce audit verify|list`: the append-only log of every change, chained by hashes. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the append-only audit log of changes: who, when, what before and after, chained by hashes');
  audit
    .command('verify')
    .description('check that no entry was changed, deleted or moved since it was written (exits 1 if one was)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withRecord(async (store) => {
        const report = await verifyChain(store.auditEntries());
        if (opts.json) printJson(report);
        if (!report.ok) {
          const lines = report.problems.map((p) => `  ${p.reason}`).join('\n');
          throw new UserError(`the audit log is NOT intact: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${report.entries} entries:\n${lines}`, 1);
        }
        if (opts.json) return;
        process.stdout.write(`The audit log is intact: ${report.entries} entries.\n`);
        const [newest] = await store.listAudit({ limit: 1 });
        // Deleting the newest entries leaves no trace inside the log; a hash noted elsewhere shows it.
        if (newest) process.stdout.write(`Newest entry: ${newest.seq}, hash ${newest.hash} (note it down to detect later removals from the end).\n`);
      });
    });
  audit
    .command('list')
    .description('the latest entries, newest first')
    .option('--limit <n>', `how many (at most ${MAX_AUDIT_PAGE})`, '20')
    .option('--before <seq>', 'only entries older than this one: the next page')
    .option('--target <id>', 'only changes to this user, token, incident...')
    .option('--actor <actor>', 'only changes by this actor (a user id, or cli:LOGIN)')
    .option('--json', 'print JSON even on a terminal')
    .action(async (opts: { limit: string; before?: string; target?: string; actor?: string; json?: boolean }) => {
      const limit = wholeNumber('--limit', opts.limit, MAX_AUDIT_PAGE);
      const before_seq = wholeNumber('--before', opts.before);
      await withRecord(async (store) => {
        const entries = await store.listAudit({ limit, before_seq, target_id: opts.target, actor: opts.actor });
        if (wantsJson(opts)) return printJson({ entries });
        if (!entries.length) return void process.stdout.write('No audit entries yet: every change to users and tokens (and, through the API, to the record) adds one.\n');
        process.stdout.write(`${formatTable(['seq', 'at', 'actor', 'action', 'target'], entries.map((e) => [String(e.seq), e.at.slice(0, 19).replace('T', ' '), e.actor, e.action, `${e.target_kind} ${e.target_id}`]))}\n`);
      });
    });
}
