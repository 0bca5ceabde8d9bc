import { z } from 'zod';
import { DatePrecision, Outcome } from '../src/domain/index.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

/** A casualty figure as the article states it: `value` is the least number its words allow ("more than 200" is 201; "up to 20" is 20). */
export const GoldFigure = z.object({
  outcome: Outcome,
  /** Side of the people counted: AM, AZ, another code, or unknown when the article lumps sides together. */
  side: z.string().min(2),
  value: z.number().int().nonnegative(),
});
export type GoldFigure = z.infer<typeof GoldFigure>;

/** One incident an article reports, with a date it states: the facts an extractor should find, as data. */
export const GoldIncident = z.object({
  /** The record incident it was built from. */
  id: z.string().min(1),
  date: z.object({ start: isoDay, end: isoDay, precision: DatePrecision }),
  /** Place ids of the built-in gazetteer that the article gives for it (empty when it names none). */
  places: z.array(z.string()),
  casualties: z.array(GoldFigure),
  /** Sides (AM, AZ, or a third party's code) of the claimants the article cites on it, its author aside. */
  claimant_sides: z.array(z.string()),
  /** ACLED sub-event type, or one of the record's extensions. */
  type: z.string().min(1),
});
export type GoldIncident = z.infer<typeof GoldIncident>;

/** One corpus article and what it reports. */
export const GoldDocument = z.object({
  document_id: z.string().min(1),
  /** File name inside the corpus folder. */
  file: z.string().min(1),
  /** Publication day (approximate, from the content): relative dates are read against it. */
  published: isoDay,
  incidents: z.array(GoldIncident),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

export const GoldFile = z.object({
  about: z.string().optional(),
  documents: z.array(GoldDocument).min(1),
});
export type GoldFile = z.infer<typeof GoldFile>;
