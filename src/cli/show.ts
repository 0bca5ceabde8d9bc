import type { Command } from 'commander';
import { Catalog } from '../export/catalog.js';
import { presentIncident } from '../export/present-incident.js';
import { presentAgreement, presentMeeting, presentPrecondition } from '../export/present-peace.js';
import { formatIncident } from './format-incident.js';
import { printJson, wantsJson } from './output.js';
import { UserError } from './user-error.js';
import { withRecord } from './with-store.js';

/** `truce show ID`: one incident with every account; also an agreement, meeting, precondition, place, actor or document by id. */
export function registerShow(program: Command): void {
  program
    .command('show <id>')
    .description('show one incident with its figures and every account (also agreements, meetings, preconditions, places, actors, documents by id)')
    .option('--json', 'print JSON even on a terminal')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withRecord(async (store) => {
        const catalog = await Catalog.load(store);
        const incident = await store.getIncident(id);
        // A peace-process step is also on the timeline; show its own record with the claims.
        const peace =
          (await store.getAgreement(id).then((a) => a && presentAgreement(catalog, a, incident))) ??
          (await store.getMeeting(id).then((m) => m && presentMeeting(catalog, m, incident))) ??
          (await store.getPrecondition(id).then((p) => p && presentPrecondition(catalog, p, incident)));
        if (incident) {
          const presented = presentIncident(catalog, incident);
          if (wantsJson(opts)) printJson(peace ? { ...presented, peace_process: peace } : presented);
          else process.stdout.write(`${formatIncident(presented, (code) => catalog.sideName(code))}\n`);
          return;
        }
        const other = catalog.places.get(id) ?? catalog.actors.get(id) ?? catalog.documents.get(id) ?? catalog.sources.get(id);
        if (!other) throw new UserError(`nothing in the record has the id "${id}"; find ids with "truce list" or "truce search WORDS"`);
        printJson(other);
      });
    });
}
