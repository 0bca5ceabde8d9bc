import type { Command } from 'commander';
import { recordGazetteer } from '../gazetteer/record-gazetteer.js';
import { reconcileRecord, type ReconcileSummary } from '../pipeline/reconcile-record/reconcile-record.js';
import { printJson } from './output.js';
import { withRecord } from './with-store.js';

/** One line: what reconciliation made of the reports. */
export function reconcileLine(s: ReconcileSummary): string {
  return `Reconciled ${s.reports} document reports into ${s.incidents} incidents: ${s.corroborated} with more than one independent source, ${s.both_sides_confirm} confirmed by both sides' sources, ${s.disputed} with disputed responsibility.`;
}

/** `truce reconcile`: every document's incidents grouped again from scratch; people's decisions are kept. */
export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description("group every document's incidents into incidents again, from scratch, with figures, corroboration and disagreement; people's decisions (placements, rejected claims, edits, reviews) are kept")
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withRecord(async (store) => {
        const summary = await reconcileRecord(store, await recordGazetteer(store));
        if (opts.json) printJson(summary);
        else process.stdout.write(`${reconcileLine(summary)}\n`);
      });
    });
}
