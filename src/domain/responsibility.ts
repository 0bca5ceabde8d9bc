import { z } from 'zod';
import type { Claim } from './claim.js';
import type { Side } from './side.js';

/** One party's account of who is to blame. */
export const Account = z.object({
  claim_id: z.string(),
  claimant_id: z.string(),
  /** The claimant's side. */
  side: z.string(),
  /** Actors the claimant blames (for a denial: the actors denying). */
  blames: z.array(z.string()),
  /** The sides of the actors blamed. */
  blamed_sides: z.array(z.string()),
  denial: z.boolean(),
});
export type Account = z.infer<typeof Account>;

export const Responsibility = z.object({
  status: z.enum(['undisputed', 'disputed', 'unknown']),
  accounts: z.array(Account),
});
export type Responsibility = z.infer<typeof Responsibility>;

/**
 * Who is to blame, by the incident's claims: unknown when no claim assigns blame;
 * disputed when the claims blame actors of different sides, or a blamed party denies;
 * undisputed otherwise.
 */
export function responsibilityOf(claims: Claim[], sideOf: (actorId: string) => Side): Responsibility {
  const accounts: Account[] = claims
    .filter((c) => c.status !== 'rejected' && (c.kind === 'responsibility' || c.kind === 'denial'))
    .map((c) => ({
      claim_id: c.id,
      claimant_id: c.claimant_id,
      side: sideOf(c.claimant_id),
      blames: c.blames,
      blamed_sides: [...new Set(c.blames.map(sideOf))],
      denial: c.kind === 'denial' || c.stance === 'denies',
    }));
  if (accounts.length === 0) return { status: 'unknown', accounts };
  const blamed = new Set(accounts.filter((a) => !a.denial).flatMap((a) => a.blamed_sides));
  const denied = accounts.some((a) => a.denial);
  return { status: blamed.size > 1 || denied ? 'disputed' : 'undisputed', accounts };
}
