import { normalizeName, type Actor, type Source } from '../../domain/index.js';

/** The publisher a document is filed under, and the actor that speaks in the document's own voice. */
export type Publisher = { source: Source; voice: Actor; isNew: boolean };

/** The publisher of documents that name none (text files ingested without --publisher): no one source, so each such document counts as its own. */
export const UNKNOWN_PUBLISHER = 'unknown-publisher';

/** A name as an id: lowercase kebab-case, at most 60 characters. */
export function idFromName(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '') || 'unknown';
}

/**
 * Finds the publisher among the sources and actors the record knows (by id or any name),
 * or describes a new one of unknown side. Its own voice, for what a document states
 * without naming a speaker, is the publisher as an actor: the record's actor of that name
 * when there is one, so a ministry's statement is the ministry's claim.
 */
export function publisherOf(name: string | undefined, sources: Source[], actors: Actor[]): Publisher {
  const label = name?.trim() || 'Unknown publisher';
  const id = name?.trim() ? idFromName(label) : UNKNOWN_PUBLISHER;
  const norm = normalizeName(label);
  const known = sources.find((s) => s.id === id || normalizeName(s.name) === norm);
  const actor = actors.find((a) => a.id === (known?.id ?? id) || normalizeName(a.name) === norm || a.aliases.some((x) => normalizeName(x) === norm));
  const source: Source = known ?? {
    id,
    name: label,
    kind: actor?.kind === 'ministry' || actor?.kind === 'government' ? 'government' : actor?.kind === 'armed_force' ? 'military' : actor ? 'media' : 'unknown',
    country: actor?.country ?? 'unknown',
    side: actor?.side ?? 'unknown',
    url: undefined,
  };
  const voice: Actor = actor ?? {
    id: source.id,
    name: source.name,
    kind: 'media',
    side: source.side,
    country: source.country,
    aliases: [],
    demonyms: [],
    roles: [],
    note: 'Added by ingestion: the publisher, as the speaker of what its documents state in their own voice.',
  };
  return { source, voice, isNew: !known };
}
