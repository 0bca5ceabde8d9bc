import type { PresentedIncident } from '../export/present-incident.js';
import { formatRange, formatTable } from './output.js';

/** An incident for reading in a terminal: what, when, where, the figures, and each side's accounts. */
export function formatIncident(i: PresentedIncident, sideName: (code: string) => string = (c) => c): string {
  const out: string[] = [];
  out.push(`${i.title}`, `${'='.repeat(Math.min(80, i.title.length))}`);
  out.push(`id:       ${i.id}`);
  out.push(`type:     ${i.type.event_type} / ${i.type.sub_event_type}`);
  out.push(`date:     ${i.date.start === i.date.end ? i.date.start : `${i.date.start} to ${i.date.end}`} (${i.date.precision})`);
  if (i.places.length) out.push(`places:   ${i.places.map((p) => `${p.name} (${p.country}, ${p.precision})`).join('; ')}`);
  if (i.actors.length) out.push(`actors:   ${i.actors.map((a) => `${a.name} (${a.side})`).join('; ')}`);
  out.push(`status:   ${i.status}; responsibility ${i.responsibility.status}`);
  if (i.summary) out.push('', i.summary);
  if (i.casualties.length) {
    out.push('', 'Casualties (low / best / high, from the claims named):');
    out.push(
      formatTable(
        ['outcome', 'group', 'side', 'low', 'best', 'high', 'claims'],
        i.casualties.map((c) => [c.outcome, c.group, c.side, String(c.low), String(c.best), String(c.high), c.claims.join(', ')]),
      ),
    );
  }
  if (i.responsibility.accounts.length) {
    out.push('', `Who is to blame (${i.responsibility.status}):`);
    for (const a of i.responsibility.accounts) out.push(`  - ${a.claimant} (${a.side}) ${a.denial ? 'denies' : `blames ${a.blames.join(', ')}`}: ${a.statement}`);
  }
  const bySide = new Map<string, PresentedIncident['claims']>();
  for (const c of i.claims) bySide.set(c.claimant.country, [...(bySide.get(c.claimant.country) ?? []), c]);
  // The parties' accounts first (the sides of the incident's actors), then third parties.
  const parties = new Set(i.actors.map((a) => a.side));
  const sides = [...bySide.keys()].sort((a, b) => Number(parties.has(b)) - Number(parties.has(a)) || a.localeCompare(b));
  out.push('', 'Accounts, by the claimant\'s side:');
  for (const side of sides) {
    out.push(`  ${sideName(side)} (${side})`);
    for (const c of bySide.get(side)!) {
      const figures = (c.casualties ?? []).map((f) => `${f.outcome} ${f.group} ${f.side}: ${f.hedge === 'exact' ? '' : `${f.hedge.replace('_', ' ')} `}${f.hedge === 'between' ? formatRange(f.low ?? 0, f.high ?? 0) : f.count}`);
      out.push(`    [${c.id}] ${c.claimant.name} ${c.stance}${c.hedges.length ? ` (${c.hedges.join(', ')})` : ''}: ${c.statement}`);
      if (c.quote) out.push(`      quote: "${c.quote}"`);
      if (figures.length) out.push(`      figures: ${figures.join('; ')}`);
      out.push(`      source: ${c.document.title}, ${c.document.publisher}, ${c.document.published}${c.document.url ? `, ${c.document.url}` : ''}`);
    }
  }
  return out.join('\n');
}
