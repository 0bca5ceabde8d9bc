import type { Command } from 'commander';
import { formatTable, printJson, wantsJson } from './output.js';
import { withRecord } from './with-store.js';

/** `truce documents`: the documents in the record, newest first, with what ingestion made of each. */
export function registerDocuments(program: Command): void {
  program
    .command('documents')
    .description('list the documents in the record, newest first: what was ingested (and what failed, and why) and what the built-in record cites')
    .option('--failed', 'only documents that could not be read or extracted')
    .option('--ingested', 'only documents received by "truce ingest" or "truce watch"')
    .option('--json', 'print JSON even on a terminal')
    .action(async (opts: { failed?: boolean; ingested?: boolean; json?: boolean }) => {
      await withRecord(async (store) => {
        const documents = (await store.listDocuments())
          .filter((d) => (!opts.failed || d.ingest?.status === 'failed') && (!opts.ingested || d.ingest))
          .reverse();
        if (wantsJson(opts)) return printJson({ documents });
        if (!documents.length) return void process.stdout.write(opts.failed ? 'No document failed.\n' : 'No documents match.\n');
        const rows = documents.map((d) => [
          d.published.start,
          d.id,
          d.ingest ? (d.ingest.status === 'failed' ? 'failed' : d.ingest.near_duplicate_of ? `copy of ${d.ingest.near_duplicate_of}` : `${d.ingest.incident_ids.length} incidents`) : 'cited',
          d.ingest?.status === 'failed' ? d.ingest.error ?? '' : d.title,
        ]);
        process.stdout.write(`${formatTable(['published', 'id', 'status', 'title or error'], rows)}\n${documents.length} document${documents.length === 1 ? '' : 's'}. "truce show ID" shows one with its text.\n`);
      });
    });
}
