import { z } from 'zod';
import { DateRange } from './date-range.js';
import { Id } from './side.js';

/**
 * One report as received or cited. Documents the built-in record cites carry no text,
 * only what a reader needs to find them: title, publisher, author, date, URL.
 */
export const Document = z.object({
  id: Id,
  title: z.string().min(1),
  /** Source (publisher) id. */
  publisher_id: Id,
  author: z.string().optional(),
  published: DateRange,
  url: z.string().url().optional(),
  language: z.string().default('en'),
  format: z.string().optional(),
  /** SHA-256 of the original bytes, for documents stored with their content. */
  sha256: z.string().optional(),
  /** Extracted text, when the document was ingested rather than only cited. */
  text: z.string().optional(),
  note: z.string().optional(),
});
export type Document = z.infer<typeof Document>;
