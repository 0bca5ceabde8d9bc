import { z } from 'zod';
import { DateRange } from './date-range.js';
import { CountryCode, Id, Side } from './side.js';

export const ActorKind = z.enum([
  'state',
  'government',
  'armed_force',
  'ministry',
  'official',
  'organisation',
  'group',
  'media',
  'person',
]);
export type ActorKind = z.infer<typeof ActorKind>;

/** An office an official held, over time. */
export const Role = z.object({
  title: z.string().min(1),
  /** The body the office belongs to (an actor id). */
  of_id: Id.optional(),
  from: DateRange.optional(),
  to: DateRange.optional(),
});
export type Role = z.infer<typeof Role>;

/** A state, force, ministry, official, organisation or group. */
export const Actor = z.object({
  id: Id,
  name: z.string().min(1),
  kind: ActorKind,
  /** The side it speaks for in the conflict. */
  side: Side,
  country: CountryCode,
  aliases: z.array(z.string().min(1)).default([]),
  /** For states: the words for its people and things ("Armenian", "Armenians"), which tell a text's side. */
  demonyms: z.array(z.string().min(1)).default([]),
  parent_id: Id.optional(),
  roles: z.array(Role).default([]),
  note: z.string().optional(),
});
export type Actor = z.infer<typeof Actor>;

export function actorNames(actor: Pick<Actor, 'name' | 'aliases'>): string[] {
  return [...new Set([actor.name, ...actor.aliases])];
}
