import type { Command } from 'commander';
import type { Incident, ReviewStatus } from '../domain/index.js';
import { reconcileRecord } from '../pipeline/reconcile-record/reconcile-record.js';
import type { Store } from '../storage/store.js';
import { recordGazetteer } from './reconcile.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

const STATUS: Record<string, ReviewStatus> = { accept: 'accepted', dispute: 'disputed', reject: 'rejected', reopen: 'unreviewed' };

async function reconciled(store: Store, id: string): Promise<Incident> {
  const incident = await store.getIncident(id);
  if (!incident) throw new UserError(`no incident has the id "${id}"; find ids with "truce list"`);
  if (incident.origin !== 'reconciled' || !incident.report_ids) throw new UserError(`${id} is not an incident grouped from documents ("truce reconcile" makes them); only those can be merged or split`);
  return incident;
}

/** Groups again around the incidents' days, so figures and groups reflect the decision at once. */
async function regroup(store: Store, incidents: Incident[]): Promise<void> {
  const from = incidents.reduce((d, i) => (i.date.start < d ? i.date.start : d), incidents[0].date.start);
  const to = incidents.reduce((d, i) => (i.date.end > d ? i.date.end : d), incidents[0].date.end);
  await reconcileRecord(store, await recordGazetteer(store), { from, to });
}

/** `truce review`: a person's decisions on incidents and claims, which re-runs of reconciliation keep. */
export function registerReview(program: Command): void {
  const review = program.command('review').description("a reviewer's decisions: accept, dispute or reject incidents and claims, merge and split incidents, edit an incident; reconciliation keeps them");
  for (const [verb, status] of Object.entries(STATUS)) {
    review
      .command(`${verb} <id>`)
      .description(`mark an incident or a claim (its id has a "/") as ${status}${verb === 'reject' ? ' (a rejected claim no longer counts in the figures)' : ''}`)
      .action(async (id: string) => {
        await withRecord(async (store) => {
          if (id.includes('/')) {
            const ownerId = await store.setClaimStatus(id, status);
            if (!ownerId) throw new UserError(`no claim has the id "${id}"; "truce show INCIDENT" lists claim ids`);
            // A document's report: the incident it is grouped into gets its figures again.
            const owner = await store.getIncident(ownerId);
            if (owner?.origin === 'extracted') await regroup(store, [owner]);
            process.stdout.write(`Claim ${id} is now ${status}.\n`);
            return;
          }
          const incident = await store.getIncident(id);
          if (!incident) throw new UserError(`no incident has the id "${id}"; find ids with "truce list"`);
          const before = await store.getReview(id);
          await store.setReview(id, { status, claim_count: incident.claims.length, overrides: before?.overrides, updated_at: new Date().toISOString() });
          if (incident.origin === 'reconciled') await regroup(store, [incident]);
          process.stdout.write(`Incident ${id} is now ${status}; new claims on it will put it back in the review queue.\n`);
        });
      });
  }
  review
    .command('merge <into> <others...>')
    .description('merge incidents into the first: their documents\' reports are placed in it for good')
    .action(async (into: string, others: string[]) => {
      await withRecord(async (store) => {
        const incidents = [await reconciled(store, into), ...(await Promise.all(others.map((id) => reconciled(store, id))))];
        await store.pinReports(incidents.flatMap((i) => i.report_ids!), into);
        await regroup(store, incidents);
        process.stdout.write(`Merged ${others.join(', ')} into ${into}.\n`);
      });
    });
  review
    .command('split <incident> <reports...>')
    .description('split the given document reports (ids under "reports" in "truce show --json") off into an incident of their own')
    .action(async (id: string, reports: string[]) => {
      await withRecord(async (store) => {
        const incident = await reconciled(store, id);
        const unknown = reports.filter((r) => !incident.report_ids!.includes(r));
        if (unknown.length) throw new UserError(`${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among ${id}'s reports (${incident.report_ids!.join(', ')})`);
        if (reports.length === incident.report_ids!.length) throw new UserError(`that would leave ${id} with no report; give only the reports to split off`);
        const newId = `inc-split-${[...reports].sort()[0]}`;
        await store.pinReports(reports, newId);
        await store.pinReports(incident.report_ids!.filter((r) => !reports.includes(r)), id);
        await regroup(store, [incident]);
        process.stdout.write(`Split ${reports.length} report${reports.length === 1 ? '' : 's'} off ${id} into ${newId}.\n`);
      });
    });
  review
    .command('edit <incident>')
    .description("edit an incident's title or summary; the edit is kept when reconciliation runs again")
    .option('--title <title>')
    .option('--summary <summary>')
    .action(async (id: string, opts: { title?: string; summary?: string }) => {
      if (!opts.title && !opts.summary) throw new UserError('say what to change: --title or --summary');
      await withRecord(async (store) => {
        const incident = await store.getIncident(id);
        if (!incident) throw new UserError(`no incident has the id "${id}"; find ids with "truce list"`);
        const before = await store.getReview(id);
        const overrides = { ...(before?.overrides ?? {}), ...(opts.title ? { title: opts.title } : {}), ...(opts.summary ? { summary: opts.summary } : {}) };
        await store.setReview(id, { status: before?.status ?? incident.status, claim_count: before?.claim_count ?? incident.claims.length, overrides, updated_at: new Date().toISOString() });
        if (incident.origin === 'reconciled') await regroup(store, [incident]);
        process.stdout.write(`Edited ${id}.\n`);
      });
    });
}
