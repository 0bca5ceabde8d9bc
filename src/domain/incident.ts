import { z } from 'zod';
import { CasualtyRange } from './casualty.js';
import { casualtyRanges } from './casualty-ranges.js';
import { Claim, ReviewStatus } from './claim.js';
import { DateRange } from './date-range.js';
import { EventType } from './event-types.js';
import { LocationPrecision } from './place.js';
import { Responsibility, responsibilityOf } from './responsibility.js';
import { Id, type Side } from './side.js';

/** Where an incident happened, and how precisely. */
export const IncidentPlace = z.object({ place_id: Id, precision: LocationPrecision });
export type IncidentPlace = z.infer<typeof IncidentPlace>;

/** What kind of record an incident stands for: an occurrence, or a peace-process step on the timeline. */
export const IncidentOrigin = z.enum(['record', 'meeting', 'agreement', 'precondition', 'extracted', 'reconciled', 'imported']);

/**
 * Where an imported incident came from: the dataset, its id there, and the row's columns
 * Truce does not model (ACLED's inter codes, UCDP's dyad ids...), kept so an export gives
 * them back unchanged.
 */
export const ExternalRow = z.object({
  dataset: z.enum(['acled', 'ucdp']),
  /** The row's id in the dataset: ACLED's event_id_cnty, UCDP's id. */
  id: z.string().min(1),
  /** The line of the imported file the row was on (1 is the header). */
  line: z.number().int().positive(),
  fields: z.record(z.string(), z.string()).default({}),
});
export type ExternalRow = z.infer<typeof ExternalRow>;

/** One real-world occurrence, with every claim about it and the figures derived from them. */
export const Incident = z.object({
  id: Id,
  title: z.string().min(1),
  summary: z.string().default(''),
  type: EventType,
  date: DateRange,
  places: z.array(IncidentPlace).default([]),
  /** Actor ids of the parties. */
  actor_ids: z.array(Id).default([]),
  tags: z.array(z.string()).default([]),
  status: ReviewStatus,
  origin: IncidentOrigin.default('record'),
  claims: z.array(Claim),
  /** Derived from the claims by deriveIncident; never typed in. */
  casualties: z.array(CasualtyRange).default([]),
  responsibility: Responsibility.default({ status: 'unknown', accounts: [] }),
  /** Sides involved: of the parties and of the people counted in the figures. */
  sides: z.array(z.string()).default([]),
  /** Reconciled incidents: how many independent sources report it, and from which sides. */
  corroboration: z.object({ independent_sources: z.number(), by_side: z.record(z.string(), z.number()), both_sides_confirm: z.boolean() }).optional(),
  /** Reconciled incidents: where the accounts differ, each field 0 (all agree) to 1. */
  disagreement: z.object({ score: z.number(), fields: z.record(z.string(), z.number()) }).optional(),
  /** Reconciled incidents: the documents' own incidents (reports) grouped into it. */
  report_ids: z.array(z.string()).optional(),
  /** Imported incidents: the dataset row they came from. */
  external: ExternalRow.optional(),
});
export type Incident = z.infer<typeof Incident>;

/** What derivation needs to know about actors and documents. */
export type DerivationContext = {
  sideOf: (actorId: string) => Side;
  sourceOf: (documentId: string) => string;
};

/** Returns the incident with its figures, responsibility and sides derived from its claims. */
export function deriveIncident(incident: Incident, ctx: DerivationContext): Incident {
  const casualties = casualtyRanges(incident.claims, ctx.sourceOf);
  const sides = new Set<string>();
  for (const id of incident.actor_ids) sides.add(ctx.sideOf(id));
  for (const range of casualties) sides.add(range.side);
  sides.delete('unknown');
  return {
    ...incident,
    casualties,
    responsibility: responsibilityOf(incident.claims, ctx.sideOf),
    sides: [...sides].sort(),
  };
}
