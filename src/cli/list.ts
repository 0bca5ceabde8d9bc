import type { Command } from 'commander';
import { allIncidents } from '../export/collect-record.js';
import { Catalog } from '../export/catalog.js';
import { presentIncident } from '../export/present-incident.js';
import type { Incident } from '../domain/index.js';
import { addFilterOptions, queryFromOptions } from './filter-options.js';
import { formatRange, formatTable, printJson, wantsJson } from './output.js';
import { withRecord } from './with-store.js';

function killed(incident: Incident): string {
  const rows = incident.casualties.filter((c) => c.outcome === 'killed');
  if (!rows.length) return '';
  const low = rows.reduce((n, r) => n + r.low, 0);
  const high = rows.reduce((n, r) => n + r.high, 0);
  return formatRange(low, high);
}

/** `truce list`: incidents in date order, filtered; a table on a terminal, JSON otherwise. */
export function registerList(program: Command): void {
  addFilterOptions(program.command('list').description('list incidents in date order (a table on a terminal, JSON otherwise)'))
    .option('--limit <n>', 'show at most this many')
    .option('--json', 'print JSON even on a terminal')
    .action(async (opts) => {
      await withRecord(async (store) => {
        const query = await queryFromOptions(store, opts);
        const incidents: Incident[] = [];
        for await (const incident of allIncidents(store, { ...query, limit: undefined })) {
          incidents.push(incident);
          if (query.limit && incidents.length >= query.limit) break;
        }
        const catalog = await Catalog.load(store);
        if (wantsJson(opts)) {
          printJson({ incidents: incidents.map((i) => presentIncident(catalog, i)) });
          return;
        }
        if (!incidents.length) {
          process.stdout.write('No incidents match these filters.\n');
          return;
        }
        const rows = incidents.map((i) => {
          const claimants = [...new Set(i.claims.map((c) => catalog.actorName(c.claimant_id)))];
          return [
            i.date.start === i.date.end ? i.date.start : `${i.date.start}..${i.date.end}`,
            i.id,
            i.type.sub_event_type,
            i.places.map((p) => catalog.places.get(p.place_id)?.name ?? p.place_id).join(', '),
            killed(i),
            i.responsibility.status === 'unknown' ? '' : i.responsibility.status,
            `${i.claims.length}: ${claimants.join('; ')}`,
          ];
        });
        process.stdout.write(`${formatTable(['date', 'id', 'type', 'places', 'killed', 'blame', 'claims'], rows)}\n${incidents.length} incident${incidents.length === 1 ? '' : 's'}. "truce show ID" shows one with every account.\n`);
      });
    });
}
