import { z } from 'zod';
import {
  ActorKind,
  AgreementKind,
  AgreementStatus,
  ClaimKind,
  CountryCode,
  DateNotation,
  EventTypeNotation,
  FigureHedge,
  Group,
  Hedge,
  Id,
  LocationPrecision,
  Outcome,
  PlaceLevel,
  ProvisionStatus,
  ReviewStatus,
  Side,
  Source,
  Stance,
} from '../domain/index.js';

// The shapes of the YAML data files, as people write them: references by name, dates in
// the record's notation, hedges in plain words. docs/data-format.md documents each field.

/** "at least" and "at_least" are the same hedge. */
const words = <T extends z.ZodTypeAny>(inner: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : v), inner);

const name = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().nullish().transform((v) => v ?? undefined);
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.array(item).nullish().transform((v) => (v ?? []) as z.infer<T>[]);

export const SourceFile = Source.strict();

export const DocumentFile = z
  .object({
    id: Id,
    title: name,
    publisher: Id,
    author: optionalText,
    published: DateNotation,
    url: z.string().url().nullish().transform((v) => v ?? undefined),
    language: z.string().default('en'),
    format: optionalText,
    note: optionalText,
  })
  .strict();

export const PlaceFile = z
  .object({
    id: Id,
    name,
    names: z.record(z.string(), name).nullish().transform((v) => v ?? {}),
    aliases: list(name),
    level: PlaceLevel,
    country: CountryCode,
    parent: z.string().nullish().transform((v) => v ?? undefined),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    note: optionalText,
  })
  .strict();

export const ActorFile = z
  .object({
    id: Id,
    name,
    kind: ActorKind,
    side: Side,
    country: CountryCode,
    aliases: list(name),
    demonyms: list(name),
    parent: z.string().nullish().transform((v) => v ?? undefined),
    roles: list(
      z
        .object({
          title: name,
          of: z.string().nullish().transform((v) => v ?? undefined),
          from: DateNotation.optional(),
          to: DateNotation.optional(),
        })
        .strict(),
    ),
    note: optionalText,
  })
  .strict();

export const FigureFile = z
  .object({
    outcome: Outcome,
    group: Group,
    side: z.string().min(2),
    count: z.number().int().nonnegative().optional(),
    hedge: words(FigureHedge).optional(),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
  })
  .strict();

export const ClaimFile = z
  .object({
    claimant: name,
    document: Id,
    kind: ClaimKind,
    stance: Stance,
    statement: name,
    quote: optionalText,
    blames: list(name),
    hedges: list(words(Hedge)),
    said_on: DateNotation.optional(),
    casualties: list(FigureFile),
    status: ReviewStatus.optional(),
  })
  .strict();
export type ClaimFile = z.infer<typeof ClaimFile>;

const claims = z.array(ClaimFile).min(1, 'every record needs at least one claim citing a document');

export const PlaceRefFile = z.union([
  name,
  z.object({ place: name, precision: LocationPrecision.optional() }).strict(),
]);
const ActorRefFile = z.union([name, z.object({ actor: name, role: z.string().optional() }).strict()]);

export const IncidentFile = z
  .object({
    id: Id,
    title: name,
    summary: z.string().default(''),
    type: EventTypeNotation,
    date: DateNotation,
    places: list(PlaceRefFile),
    actors: list(ActorRefFile),
    status: ReviewStatus.default('accepted'),
    tags: list(z.string()),
    claims,
  })
  .strict();

export const AgreementFile = z
  .object({
    id: Id,
    name,
    kind: AgreementKind,
    date: DateNotation,
    places: list(PlaceRefFile),
    parties: list(name),
    mediators: list(name),
    status: AgreementStatus,
    status_note: optionalText,
    provisions: list(z.object({ id: Id, text: name, status: ProvisionStatus }).strict()),
    claims,
  })
  .strict();

export const MeetingFile = z
  .object({
    id: Id,
    title: name,
    date: DateNotation,
    places: list(PlaceRefFile),
    participants: list(name),
    mediators: list(name),
    format: z.enum(['bilateral', 'mediated', 'multilateral']),
    outcome: z.string().default(''),
    status: z.enum(['planned', 'held', 'cancelled', 'postponed']),
    agreements: list(Id),
    claims,
  })
  .strict();

export const PreconditionFile = z
  .object({
    id: Id,
    title: name,
    demanded_by: name,
    demanded_of: name,
    demand: name,
    for_agreement: Id.nullish().transform((v) => v ?? undefined),
    date: DateNotation,
    status: z.enum(['raised', 'met', 'rejected', 'withdrawn', 'pending']),
    claims,
  })
  .strict();
