import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { findActors } from '../extract/actors.js';

// A statement saved as a text file names its issuer in its title rather than in metadata:
// "Statement of the Ministry of Defence of the Republic of Azerbaijan", "Ministry of Foreign
// Affairs of Armenia: press release". Without a publisher given, that body is the publisher,
// and what the statement says in its own voice is that body's claim, with its side.

const KIND = String.raw`(?:(?:joint|official|press)\s+)?(?:statement|press release|communiqu[eé]|announcement|declaration|comment|information|briefing|notice)`;
/** "Statement of/by/from X", "Press release of X". */
const KIND_FIRST = new RegExp(String.raw`^${KIND}\s+(?:of|by|from|issued by)\s+(.{3,150})$`, 'iu');
/** "X: press release", "X - statement", "X statement". */
const ISSUER_FIRST = new RegExp(String.raw`^(.{3,150}?)\s*(?:[:|–—-]\s*|\s)${KIND}\b`, 'iu');

/** Bodies that issue statements: not a person or a force named in a headline about them. */
const ISSUERS = new Set(['ministry', 'government', 'official', 'organisation', 'armed_force', 'state']);
/** What may follow the issuer's name: the statement's subject, or nothing. */
const SUBJECT = /^\s*(?:$|[:,.(–—-]|(?:on|regarding|concerning|about|in connection with|in response to)\b)/i;

/** The record's name of the body whose statement the title says the document is; undefined when it names none the record knows. */
export function issuerInTitle(title: string | undefined, gazetteer: Gazetteer): string | undefined {
  const line = title?.trim();
  if (!line) return undefined;
  const named = (KIND_FIRST.exec(line) ?? ISSUER_FIRST.exec(line))?.[1];
  if (!named) return undefined;
  // The issuer is named first, and alone: the rest is the statement's subject ("... on the
  // shelling of Tovuz"), never another clause ("Armenia rejects Azerbaijan statement").
  const found = findActors(named, gazetteer).find((a) => /^(?:the\s+)?$/i.test(named.slice(0, a.start)));
  const actor = found && gazetteer.actors.get(found.actor_id);
  return actor && ISSUERS.has(actor.kind) && SUBJECT.test(named.slice(found.end)) ? actor.name : undefined;
}
