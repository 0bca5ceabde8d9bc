import {
  casualtyFigure,
  defaultPrecision,
  deriveIncident,
  eventTypeOf,
  type Actor,
  type Agreement,
  type Claim,
  type ConflictRecord,
  type DateRange,
  type Document,
  type Incident,
  type IncidentPlace,
  type Meeting,
  type Place,
  type Precondition,
  type Side,
} from '../domain/index.js';
import { NameIndex } from '../gazetteer/name-index.js';
import type { RecordKind } from './data-files.js';
import type { ClaimFile } from './file-schemas.js';
import type { Parsed, ParsedFiles } from './parse-files.js';
import { fieldPath, type RecordIssue } from './record-error.js';

/**
 * Turns validated file records into a ConflictRecord: every name resolved to an id,
 * every claim given an id, every incident's figures derived. Problems become issues.
 */
export function buildRecord(parsed: ParsedFiles, issues: RecordIssue[]): ConflictRecord {
  const places = new NameIndex('place');
  for (const { value: p } of parsed.places) places.add(p.id, [p.name, ...Object.values(p.names), ...p.aliases]);
  const actors = new NameIndex('actor');
  for (const { value: a } of parsed.actors) actors.add(a.id, [a.name, ...a.aliases]);
  const sourceIds = new Set(parsed.sources.map((s) => s.value.id));
  const documents = new Map<string, Parsed<'documents'>['value']>(parsed.documents.map((d) => [d.value.id, d.value]));

  // Resolves a reference and records an issue when it fails; `where` locates the field.
  function resolver<K extends RecordKind>(record: Parsed<K>) {
    const id = (record.value as { id: string }).id;
    const issue = (path: (string | number)[], message: string) =>
      issues.push({ file: record.file.name, line: record.file.lineOf([record.index, ...path]), record: id, field: fieldPath(path), message });
    const ref = (index: NameIndex, name: string, path: (string | number)[]): string | undefined => {
      const found = index.resolve(name);
      if ('error' in found) {
        issue(path, found.error);
        return undefined;
      }
      return found.id;
    };
    const refs = (index: NameIndex, names: string[], path: (string | number)[]) =>
      names.map((n, i) => ref(index, n, [...path, i])).filter((x): x is string => x !== undefined);
    return { id, issue, ref, refs };
  }

  const placeLevel = new Map(parsed.places.map((p) => [p.value.id, p.value.level]));
  const outPlaces: Place[] = parsed.places.map((record) => {
    const p = record.value;
    const r = resolver(record);
    return {
      id: p.id,
      name: p.name,
      names: p.names,
      aliases: p.aliases,
      level: p.level,
      country: p.country,
      parent_id: p.parent === undefined ? undefined : r.ref(places, p.parent, ['parent']),
      lat: p.lat,
      lon: p.lon,
      note: p.note,
    };
  });

  const outActors: Actor[] = parsed.actors.map((record) => {
    const a = record.value;
    const r = resolver(record);
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      side: a.side,
      country: a.country,
      aliases: a.aliases,
      demonyms: a.demonyms,
      parent_id: a.parent === undefined ? undefined : r.ref(actors, a.parent, ['parent']),
      roles: a.roles.map((role, i) => ({
        title: role.title,
        of_id: role.of === undefined ? undefined : r.ref(actors, role.of, ['roles', i, 'of']),
        from: role.from,
        to: role.to,
      })),
      note: a.note,
    };
  });
  const sideById = new Map(outActors.map((a) => [a.id, a.side]));

  const outDocuments: Document[] = parsed.documents.map((record) => {
    const d = record.value;
    if (!sourceIds.has(d.publisher)) resolver(record).issue(['publisher'], `"${d.publisher}" is not a source id in sources.yaml`);
    const { publisher, ...rest } = d;
    return { ...rest, publisher_id: publisher };
  });

  function claimsOf(record: Parsed<'incidents' | 'agreements' | 'meetings' | 'preconditions'>, date: DateRange, status: Claim['status']): Claim[] {
    const r = resolver(record);
    return record.value.claims.map((c: ClaimFile, i: number) => {
      const at = (...path: (string | number)[]) => ['claims', i, ...path];
      const document = documents.get(c.document);
      if (!document) r.issue(at('document'), `"${c.document}" is not a document id in documents.yaml`);
      else if (document.published.end < date.start) {
        r.issue(at('document'), `document "${c.document}" was published (${document.published.end}) before the record's date (${date.start}) begins`);
      }
      const casualties = c.casualties.flatMap((f, j) => {
        const figure = casualtyFigure({ outcome: f.outcome, group: f.group, side: f.side }, { count: f.count, hedge: f.hedge, min: f.min, max: f.max });
        if (typeof figure === 'string') {
          r.issue(at('casualties', j), figure);
          return [];
        }
        return [figure];
      });
      if (c.kind === 'casualties' && c.casualties.length === 0) r.issue(at('casualties'), 'a casualties claim needs at least one figure');
      return {
        id: `${r.id}/c${i + 1}`,
        kind: c.kind,
        stance: c.stance,
        claimant_id: r.ref(actors, c.claimant, at('claimant')) ?? '',
        document_id: c.document,
        statement: c.statement,
        quote: c.quote,
        hedges: c.hedges,
        said_on: c.said_on,
        blames: r.refs(actors, c.blames, at('blames')),
        casualties,
        status: c.status ?? status,
      };
    });
  }

  function placeRefs(record: Parsed<'incidents' | 'agreements' | 'meetings'>, refs: (string | { place: string; precision?: IncidentPlace['precision'] })[]): IncidentPlace[] {
    const r = resolver(record);
    return refs.flatMap((p, i) => {
      const name = typeof p === 'string' ? p : p.place;
      const id = r.ref(places, name, ['places', i]);
      if (!id) return [];
      const precision = (typeof p === 'object' && p.precision) || defaultPrecision(placeLevel.get(id)!);
      return [{ place_id: id, precision }];
    });
  }

  const timeline: Incident[] = [];
  for (const record of parsed.incidents) {
    const v = record.value;
    const r = resolver(record);
    timeline.push({
      id: v.id,
      title: v.title,
      summary: v.summary,
      type: v.type,
      date: v.date,
      places: placeRefs(record, v.places),
      actor_ids: v.actors.map((a, i) => r.ref(actors, typeof a === 'string' ? a : a.actor, ['actors', i])).filter((x): x is string => !!x),
      tags: v.tags,
      status: v.status,
      origin: 'record',
      claims: claimsOf(record, v.date, 'accepted'),
      casualties: [],
      responsibility: { status: 'unknown', accounts: [] },
      sides: [],
    });
  }

  const outAgreements: Agreement[] = parsed.agreements.map((record) => {
    const v = record.value;
    const r = resolver(record);
    const where = placeRefs(record, v.places);
    const agreement: Agreement = {
      id: v.id,
      name: v.name,
      kind: v.kind,
      date: v.date,
      place_ids: where.map((p) => p.place_id),
      party_ids: r.refs(actors, v.parties, ['parties']),
      mediator_ids: r.refs(actors, v.mediators, ['mediators']),
      status: v.status,
      status_note: v.status_note,
      provisions: v.provisions,
    };
    timeline.push(peaceIncident(v.id, v.name, v.status_note ?? '', 'Agreement', v.date, where, [...agreement.party_ids, ...agreement.mediator_ids], 'agreement', claimsOf(record, v.date, 'accepted')));
    return agreement;
  });

  const agreementIds = new Set(parsed.agreements.map((a) => a.value.id));
  const outMeetings: Meeting[] = parsed.meetings.map((record) => {
    const v = record.value;
    const r = resolver(record);
    v.agreements.forEach((a, i) => agreementIds.has(a) || r.issue(['agreements', i], `"${a}" is not an agreement id`));
    const where = placeRefs(record, v.places);
    const meeting: Meeting = {
      id: v.id,
      title: v.title,
      date: v.date,
      place_ids: where.map((p) => p.place_id),
      participant_ids: r.refs(actors, v.participants, ['participants']),
      mediator_ids: r.refs(actors, v.mediators, ['mediators']),
      format: v.format,
      outcome: v.outcome,
      status: v.status,
      agreement_ids: v.agreements,
    };
    timeline.push(peaceIncident(v.id, v.title, v.outcome, 'Meeting or negotiation', v.date, where, [...meeting.participant_ids, ...meeting.mediator_ids], 'meeting', claimsOf(record, v.date, 'accepted')));
    return meeting;
  });

  const outPreconditions: Precondition[] = parsed.preconditions.map((record) => {
    const v = record.value;
    const r = resolver(record);
    if (v.for_agreement && !agreementIds.has(v.for_agreement)) r.issue(['for_agreement'], `"${v.for_agreement}" is not an agreement id`);
    const precondition: Precondition = {
      id: v.id,
      title: v.title,
      demanded_by_id: r.ref(actors, v.demanded_by, ['demanded_by']) ?? '',
      demanded_of_id: r.ref(actors, v.demanded_of, ['demanded_of']) ?? '',
      demand: v.demand,
      for_agreement_id: v.for_agreement,
      date: v.date,
      status: v.status,
    };
    timeline.push(peaceIncident(v.id, v.title, v.demand, 'Statement or demand', v.date, [], [precondition.demanded_by_id, precondition.demanded_of_id], 'precondition', claimsOf(record, v.date, 'accepted')));
    return precondition;
  });

  const publisherOf = new Map(outDocuments.map((d) => [d.id, d.publisher_id]));
  const ctx = {
    sideOf: (id: string): Side => sideById.get(id) ?? 'unknown',
    sourceOf: (id: string) => publisherOf.get(id) ?? id,
  };
  return {
    sources: parsed.sources.map((s) => s.value),
    documents: outDocuments,
    places: outPlaces,
    actors: outActors,
    incidents: timeline.map((incident) => deriveIncident(incident, ctx)).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id)),
    agreements: outAgreements,
    meetings: outMeetings,
    preconditions: outPreconditions,
  };
}

/** The timeline entry of a peace-process record, so lists and exports show it among the incidents. */
function peaceIncident(
  id: string,
  title: string,
  summary: string,
  subEventType: string,
  date: DateRange,
  places: IncidentPlace[],
  actorIds: string[],
  origin: Incident['origin'],
  claims: Claim[],
): Incident {
  return {
    id,
    title,
    summary,
    type: eventTypeOf(subEventType)!,
    date,
    places,
    actor_ids: [...new Set(actorIds.filter(Boolean))],
    tags: ['peace-process'],
    status: 'accepted',
    origin,
    claims,
    casualties: [],
    responsibility: { status: 'unknown', accounts: [] },
    sides: [],
  };
}
