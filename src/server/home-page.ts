import type { PresentedIncident } from '../export/present-incident.js';

/** The page's styles, served as a file: the Content-Security-Policy allows no inline styles. */
export const HOME_CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}th{background:#f4f4f4}small{color:#555}a{color:#0645ad}`;

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A plain page at / until the dashboard (issue 7) replaces it: the timeline of the record,
 * each incident with its figures and claimants, and links to the API. No scripts.
 */
export function homePage(incidents: PresentedIncident[], counts: { incidents: number; claims: number }): string {
  const rows = incidents
    .map((i) => {
      const killed = i.casualties.filter((c) => c.outcome === 'killed');
      const figure = killed.length ? killed.map((k) => `${k.side} ${k.low === k.high ? k.low : `${k.low}–${k.high}`}`).join(', ') : '';
      const claimants = [...new Set(i.claims.map((c) => c.claimant.name))].join('; ');
      return `<tr><td>${escape(i.date.start === i.date.end ? i.date.start : `${i.date.start} – ${i.date.end}`)}</td><td><a href="/api/v1/incidents/${encodeURIComponent(i.id)}">${escape(i.title)}</a><br><small>${escape(i.type.sub_event_type)}${i.places.length ? ` · ${escape(i.places.map((p) => p.name).join(', '))}` : ''}</small></td><td>${escape(figure)}</td><td>${escape(i.responsibility.status === 'unknown' ? '' : i.responsibility.status)}</td><td><small>${escape(claimants)}</small></td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Truce — the conflict record</title>
<link rel="stylesheet" href="/home.css">
</head><body>
<h1>Truce</h1>
<p>The record holds ${counts.incidents} incidents and peace-process steps with ${counts.claims} sourced claims. Every row links to its JSON with each claim's claimant, quote and document.
API: <a href="/api/v1/incidents">incidents</a> · <a href="/api/v1/agreements">agreements</a> · <a href="/api/v1/meetings">meetings</a> · <a href="/api/v1/preconditions">preconditions</a> · <a href="/api/v1/places">places</a> · <a href="/api/v1/actors">actors</a> · <a href="/api/v1/openapi.json">OpenAPI</a></p>
<table><thead><tr><th>Date</th><th>Incident</th><th>Killed (low–high)</th><th>Blame</th><th>Claimants</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}
