import { z } from 'zod';

/**
 * Who may do what, each role including everything the ones before it may do:
 * - viewer: reads the record (needed only when reads are private; otherwise anyone reads);
 * - analyst: ingests documents, creates incidents by hand, adds notes, proposes edits;
 * - reviewer: accepts, disputes and rejects claims and incidents, merges, splits and edits incidents;
 * - admin: manages users, their tokens, and the settings.
 */
export const ROLES = ['viewer', 'analyst', 'reviewer', 'admin'] as const;

/** One of ROLES. */
export type Role = (typeof ROLES)[number];
export const Role = z.enum(ROLES);

/**
 * Whether someone holding `held` may do what needs `needed`.
 * @example hasRole('reviewer', 'analyst') // true: a reviewer may do what an analyst may
 */
export function hasRole(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
