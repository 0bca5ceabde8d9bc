import type { ConflictRecord, Place } from '../src/domain/index.js';

/** A party to the conflict as the synthetic reports name it. */
export type PartyNames = {
  code: 'AM' | 'AZ';
  /** "Armenia" */
  state: string;
  /** "Armenian" */
  adjective: string;
  /** Settlements and districts on its side where incidents happen, with the unit around each. */
  places: { name: string; parent?: string; village: boolean }[];
  /** Named officials, with their office. */
  officials: { name: string; title: string }[];
  ministries: string[];
};

/** Real names from the built-in record for the benchmark's reports. */
export type BenchNames = {
  parties: [PartyNames, PartyNames];
  /** Cities where talks happen. */
  venues: string[];
  /** Outside bodies and their officials, for statements and calls for restraint. */
  outsiders: string[];
  /** Wire services and outlets for datelines and attributions. */
  outlets: string[];
};

// "Tovuz (city)" and "Agdam (Tovuz)" are the gazetteer's way to keep namesakes apart; a report just says "Tovuz".
const plain = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '');

/** Picks the names the generator uses out of a loaded record. */
export function benchNames(record: Pick<ConflictRecord, 'places' | 'actors'>): BenchNames {
  const byId = new Map<string, Place>(record.places.map((p) => [p.id, p]));
  const party = (code: 'AM' | 'AZ'): PartyNames => {
    const state = record.actors.find((a) => a.kind === 'state' && a.side === code);
    const places = record.places
      .filter((p) => p.country === code && (p.level === 'settlement' || p.level === 'admin2') && !['yerevan', 'baku'].includes(p.id))
      .map((p) => ({ name: plain(p.name), parent: p.parent_id ? byId.get(p.parent_id)?.name : undefined, village: p.level === 'settlement' }));
    const officials = record.actors
      .filter((a) => a.kind === 'official' && a.side === code && a.roles.length)
      .map((a) => ({ name: a.name, title: a.roles[a.roles.length - 1].title }));
    const ministries = record.actors.filter((a) => a.kind === 'ministry' && a.side === code).map((a) => a.name);
    return { code, state: state?.name ?? code, adjective: state?.demonyms[0] ?? code, places, officials, ministries };
  };
  const venues = record.places.filter((p) => p.level === 'settlement' && !['AM', 'AZ'].includes(p.country)).map((p) => plain(p.name));
  const outsiders = record.actors.filter((a) => a.side === 'third' && (a.kind === 'organisation' || a.kind === 'official')).map((a) => a.name);
  const outlets = record.actors.filter((a) => a.kind === 'media').map((a) => a.name);
  return { parties: [party('AM'), party('AZ')], venues, outsiders, outlets };
}
