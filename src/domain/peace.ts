import { z } from 'zod';
import { DateRange } from './date-range.js';
import { Id } from './side.js';

export const AgreementKind = z.enum([
  'ceasefire',
  'peace_agreement',
  'framework',
  'declaration',
  'proposal',
  'treaty',
  'resolution',
  'mission_mandate',
  'statement',
]);

export const AgreementStatus = z.enum([
  'proposed',
  'under_negotiation',
  'signed',
  'in_force',
  'violated',
  'collapsed',
  'superseded',
  'rejected',
  'expired',
]);

export const ProvisionStatus = z.enum(['pending', 'implemented', 'partially_implemented', 'not_implemented', 'disputed']);

/** One commitment in an agreement. */
export const Provision = z.object({
  id: Id,
  text: z.string().min(1),
  status: ProvisionStatus,
});
export type Provision = z.infer<typeof Provision>;

/**
 * An agreement, ceasefire, proposal or resolution. Its claims are those of the
 * timeline incident with the same id.
 */
export const Agreement = z.object({
  id: Id,
  name: z.string().min(1),
  kind: AgreementKind,
  /** Signed, adopted or presented. */
  date: DateRange,
  place_ids: z.array(Id).default([]),
  party_ids: z.array(Id).default([]),
  mediator_ids: z.array(Id).default([]),
  status: AgreementStatus,
  status_note: z.string().optional(),
  provisions: z.array(Provision).default([]),
});
export type Agreement = z.infer<typeof Agreement>;

/** A meeting or round of talks. */
export const Meeting = z.object({
  id: Id,
  title: z.string().min(1),
  date: DateRange,
  place_ids: z.array(Id).default([]),
  participant_ids: z.array(Id).default([]),
  mediator_ids: z.array(Id).default([]),
  format: z.enum(['bilateral', 'mediated', 'multilateral']),
  outcome: z.string().default(''),
  status: z.enum(['planned', 'held', 'cancelled', 'postponed']),
  agreement_ids: z.array(Id).default([]),
});
export type Meeting = z.infer<typeof Meeting>;

/** A precondition or demand: who demands what of whom, for which agreement. */
export const Precondition = z.object({
  id: Id,
  title: z.string().min(1),
  demanded_by_id: Id,
  demanded_of_id: Id,
  demand: z.string().min(1),
  for_agreement_id: Id.optional(),
  /** When it was raised, as reported. */
  date: DateRange,
  status: z.enum(['raised', 'met', 'rejected', 'withdrawn', 'pending']),
});
export type Precondition = z.infer<typeof Precondition>;
