import { z } from 'zod';


/** An ISO 3166-1 alpha-2 code, an organisation id (EU, UN, OSCE, CSTO ...) or "unknown". */
export const CountryCode = z
  .string()
  .regex(/^([A-Z]{2}|[A-Z0-9][A-Za-z0-9+]{1,9}|unknown)$/, 'expected an ISO 3166-1 alpha-2 code, an organisation id such as EU or OSCE, or "unknown"');
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * The side an actor or source belongs to in the conflict: the code of the party it sides
 * with (in the built-in record AM or AZ; the de facto Karabakh Armenian authorities are AM),
 * `third` for third parties, or `unknown`.
 */
export const Side = z.union([z.enum(['third', 'unknown']), CountryCode]);
export type Side = z.infer<typeof Side>;

/** Ids are lowercase kebab-case, stable across releases of the record. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens');

/**
 * The code that stands for a party in exports: the side it belongs to when it is a party's,
 * otherwise (third parties) its own country or organisation code.
 */
export function sideCode(side: Side, country: string): string {
  return side === 'third' || side === 'unknown' ? country : side;
}
