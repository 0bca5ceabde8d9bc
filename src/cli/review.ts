import type { Command } from 'commander';
import type { ReviewStatus } from '../domain/index.js';
import { editIncident, mergeIncidents, reviewClaim, reviewIncident, splitIncident, type Change } from '../review/review-actions.js';
import { ReviewError } from '../review/review-error.js';
import type { Store } from '../storage/store.js';
import { cliActor } from './cli-actor.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

const STATUS: Record<string, ReviewStatus> = { accept: 'accepted', dispute: 'disputed', reject: 'rejected', reopen: 'unreviewed' };

/** Runs a decision and its audit entry in one transaction; a refused decision is one line and changes nothing. */
async function decide<T extends Change<unknown>>(action: string, work: (store: Store) => Promise<T>): Promise<T> {
  return withRecord(async (store) => {
    try {
      return await store.transaction(async (tx) => {
        const change = await work(tx);
        const { target_kind, target_id, before, after } = change;
        await tx.appendAudit({ actor: cliActor(), action, target_kind, target_id, before, after });
        return change;
      });
    } catch (error) {
      if (error instanceof ReviewError) throw new UserError(`${error.message}${error.kind === 'not_found' ? '; find ids with "truce list" and "truce show"' : ''}`);
      throw error;
    }
  });
}

/** `truce review`: a person's decisions on incidents and claims, which re-runs of reconciliation keep. Each is in the audit log. */
export function registerReview(program: Command): void {
  const review = program.command('review').description("a reviewer's decisions: accept, dispute or reject incidents and claims, merge and split incidents, edit an incident; reconciliation keeps them, the audit log records them");
  for (const [verb, status] of Object.entries(STATUS)) {
    review
      .command(`${verb} <id>`)
      .description(`mark an incident or a claim (its id has a "/") as ${status}${verb === 'reject' ? ' (a rejected claim no longer counts in the figures)' : ''}`)
      .action(async (id: string) => {
        if (id.includes('/')) {
          await decide(`claim.${verb}`, (store) => reviewClaim(store, id, status));
          process.stdout.write(`Claim ${id} is now ${status}.\n`);
          return;
        }
        await decide('incident.review', (store) => reviewIncident(store, id, status));
        process.stdout.write(`Incident ${id} is now ${status}; new claims on it will put it back in the review queue.\n`);
      });
  }
  review
    .command('merge <into> <others...>')
    .description("merge incidents into the first: their documents' reports are placed in it for good")
    .action(async (into: string, others: string[]) => {
      await decide('incident.merge', (store) => mergeIncidents(store, into, others));
      process.stdout.write(`Merged ${others.join(', ')} into ${into}.\n`);
    });
  review
    .command('split <incident> <reports...>')
    .description('split the given document reports (ids under "reports" in "truce show --json") off into an incident of their own')
    .action(async (id: string, reports: string[]) => {
      const { new_id } = await decide('incident.split', (store) => splitIncident(store, id, reports));
      process.stdout.write(`Split ${reports.length} report${reports.length === 1 ? '' : 's'} off ${id} into ${new_id}.\n`);
    });
  review
    .command('edit <incident>')
    .description("edit an incident's title or summary; the edit is kept when reconciliation runs again")
    .option('--title <title>')
    .option('--summary <summary>')
    .action(async (id: string, opts: { title?: string; summary?: string }) => {
      if (!opts.title && !opts.summary) throw new UserError('say what to change: --title or --summary');
      await decide('incident.edit', (store) => editIncident(store, id, { title: opts.title, summary: opts.summary }));
      process.stdout.write(`Edited ${id}.\n`);
    });
}
