import type { Command } from 'commander';
import { sideCode } from '../domain/index.js';
import { placeNames } from '../domain/place.js';
import { Catalog } from '../export/catalog.js';
import { presentClaim, presentIncident } from '../export/present-incident.js';
import { printJson, wantsJson } from './output.js';
import { withRecord } from './with-store.js';

/** `truce search TEXT`: places and actors by any name or alias, incidents and documents by their words. */
export function registerSearch(program: Command): void {
  program
    .command('search <text...>')
    .description('find places and actors by any name or alias (Khankendi finds Stepanakert), and incidents, claims and documents by their words')
    .option('--limit <n>', 'at most this many of each kind', '20')
    .option('--json', 'print JSON even on a terminal')
    .action(async (words: string[], opts: { limit: string; json?: boolean }) => {
      const text = words.join(' ');
      await withRecord(async (store) => {
        const hits = await store.search(text, Math.max(1, Number(opts.limit) || 20));
        const catalog = await Catalog.load(store);
        if (wantsJson(opts)) {
          printJson({
            ...hits,
            incidents: hits.incidents.map((i) => presentIncident(catalog, i)),
            claims: hits.claims.map((c) => ({ incident_id: c.incident_id, ...presentClaim(catalog, c) })),
          });
          return;
        }
        const out: string[] = [];
        if (hits.places.length) {
          out.push('Places:');
          for (const p of hits.places) out.push(`  ${p.id}  ${p.name} (${p.level}, ${p.country}) also: ${placeNames(p).filter((n) => n !== p.name).join(', ')}`);
        }
        if (hits.actors.length) {
          out.push('Actors:');
          for (const a of hits.actors) out.push(`  ${a.id}  ${a.name} (${a.kind}, ${sideCode(a.side, a.country)})${a.aliases.length ? ` also: ${a.aliases.join(', ')}` : ''}`);
        }
        if (hits.incidents.length) {
          out.push('Incidents:');
          for (const i of hits.incidents) out.push(`  ${i.date.start}  ${i.id}  ${i.title}`);
        }
        if (hits.claims.length) {
          out.push('Claims:');
          for (const c of hits.claims) out.push(`  ${c.id}  ${catalog.actorName(c.claimant_id)}: ${c.statement.length > 100 ? `${c.statement.slice(0, 99)}…` : c.statement}`);
        }
        if (hits.documents.length) {
          out.push('Documents:');
          for (const d of hits.documents) out.push(`  ${d.id}  ${d.title}`);
        }
        process.stdout.write(out.length ? `${out.join('\n')}\n` : `Nothing in the record matches "${text}".\n`);
      });
    });
}
