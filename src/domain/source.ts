import { z } from 'zod';
import { CountryCode, Id, Side } from './side.js';

export const SourceKind = z.enum([
  'government',
  'military',
  'media',
  'international_organisation',
  'ngo',
  'academic',
  'think_tank',
  'unknown',
]);

/** A publisher: the outlet or body that published documents. */
export const Source = z.object({
  id: Id,
  name: z.string().min(1),
  kind: SourceKind,
  /** Country or organisation the publisher is affiliated with. */
  country: CountryCode,
  side: Side,
  url: z.string().url().nullish().transform((v) => v ?? undefined),
});
export type Source = z.infer<typeof Source>;
