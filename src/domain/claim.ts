import { z } from 'zod';
import { CasualtyFigure } from './casualty.js';
import { DateRange } from './date-range.js';
import { Id } from './side.js';

/** What a claim asserts. */
export const ClaimKind = z.enum(['event', 'casualties', 'responsibility', 'denial', 'statement', 'demand']);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** How the claimant stands to what it says. */
export const Stance = z.enum(['reports', 'asserts', 'accuses', 'denies', 'demands']);
export type Stance = z.infer<typeof Stance>;

/** Words that weaken a claim as a whole ("reportedly"); figure hedges live on the figures. */
export const Hedge = z.enum(['reportedly', 'allegedly', 'unconfirmed', 'estimated', 'according_to_others']);
export type Hedge = z.infer<typeof Hedge>;

/** A person's or a pipeline's judgement on a claim or incident. */
export const ReviewStatus = z.enum(['unreviewed', 'accepted', 'disputed', 'rejected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** The atomic unit: claimant C asserts P, in document D, on date T, with hedges H. */
export const Claim = z.object({
  id: z.string().min(1),
  kind: ClaimKind,
  stance: Stance,
  /** Actor id of who makes the assertion. */
  claimant_id: Id,
  /** Document id the claim is cited to. */
  document_id: Id,
  /** What the claimant asserts, in the record's own words. */
  statement: z.string().min(1),
  /** The claimant's words, when short and themselves the fact. */
  quote: z.string().optional(),
  hedges: z.array(Hedge).default([]),
  said_on: DateRange.optional(),
  /** Responsibility and denial claims: the actors blamed (or denying). */
  blames: z.array(Id).default([]),
  casualties: z.array(CasualtyFigure).default([]),
  /** Character offsets of the evidence in the document's text, for extracted claims. */
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  status: ReviewStatus.default('unreviewed'),
});
export type Claim = z.infer<typeof Claim>;
