import type { Claim } from '../domain/index.js';
import type { Catalog } from './catalog.js';
import { isoPublished, presentClaim } from './present-incident.js';
import { spreadsheetSafe } from './spreadsheet-safe.js';

/** The CSV columns of a claim: one row each, with its incident, claimant, words and document. */
export const CLAIM_COLUMNS = [
  'incident_id', 'incident_title', 'claim_id', 'kind', 'claimant', 'claimant_side', 'stance',
  'statement', 'quote', 'hedges', 'figures', 'blames', 'said_on',
  'document_title', 'document_publisher', 'document_published', 'document_url', 'status',
] as const;

const HEDGE_WORDS: Record<Claim['casualties'][number]['hedge'], string> = {
  exact: '',
  about: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  up_to: 'up to ',
  fewer_than: 'fewer than ',
  between: '',
};

/**
 * A claim's figures in words, as it states them: "at least 4 killed (military, AM); between 2
 * and 5 wounded (civilian, AZ)". A figure for several outcomes together names them all.
 */
export function figuresText(figures: Claim['casualties']): string {
  return figures
    .map((f) => {
      const number = f.hedge === 'between' ? `between ${f.low ?? f.count} and ${f.high ?? f.count}` : `${HEDGE_WORDS[f.hedge]}${f.count}`;
      return `${number} ${(f.combined ?? [f.outcome]).join(' or ')} (${f.group}, ${f.side})`;
    })
    .join('; ');
}

/** The incident a claim is exported under. */
export type ClaimOwner = { id: string; title: string };

/** A claim as a CSV row in CLAIM_COLUMNS order, every text cell spreadsheet-safe. */
export function claimRow(catalog: Catalog, owner: ClaimOwner, claim: Claim): (string | number)[] {
  const c = presentClaim(catalog, claim);
  const row: Record<(typeof CLAIM_COLUMNS)[number], unknown> = {
    incident_id: owner.id,
    incident_title: owner.title,
    claim_id: c.id,
    kind: c.kind,
    claimant: c.claimant.name,
    claimant_side: c.claimant.country,
    stance: c.stance,
    statement: c.statement,
    quote: c.quote ?? '',
    hedges: c.hedges.join('; '),
    figures: figuresText(claim.casualties),
    blames: (c.blames ?? []).join('; '),
    said_on: claim.said_on ? isoPublished(claim.said_on) : '',
    document_title: c.document.title,
    document_publisher: c.document.publisher,
    document_published: c.document.published,
    document_url: 'url' in c.document ? c.document.url : '',
    status: c.status,
  };
  return CLAIM_COLUMNS.map((k) => spreadsheetSafe(row[k]));
}

/** A claim as a JSON Lines record: the export shape of a claim, with the incident it belongs to. */
export function claimRecord(catalog: Catalog, owner: ClaimOwner, claim: Claim) {
  return { record_type: 'claim' as const, incident_id: owner.id, incident_title: owner.title, ...presentClaim(catalog, claim) };
}
