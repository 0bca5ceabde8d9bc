import { feedReader } from './feed-reader.js';
import { htmlReader } from './html-reader.js';
import { pdfReader } from './pdf-reader.js';
import { ReadError, type RawInput, type Reader, type ReadResult } from './reader-types.js';
import { describeSniffed, sniff } from './sniff.js';
import { textReader } from './text-reader.js';

/** Every reader Truce has, most specific first: the order breaks ties in the auction. */
export const READERS: readonly Reader[] = [pdfReader, feedReader, htmlReader, textReader];

/**
 * The auction: each reader bids how well it matches the input, judged mostly by content,
 * and the highest bid above 0 wins (ties go to the earlier reader). No bid is a ReadError
 * naming what the bytes look like.
 *
 * @example chooseReader({ bytes, name: 'report.pdf' }).name // 'pdf'
 */
export function chooseReader(input: RawInput, readers: readonly Reader[] = READERS): Reader {
  let best: Reader | undefined;
  let bestScore = 0;
  for (const reader of readers) {
    const score = reader.match(input);
    if (score > bestScore) {
      best = reader;
      bestScore = score;
    }
  }
  if (best) return best;
  const sniffed = sniff(input.bytes);
  if (sniffed.kind === 'empty') throw new ReadError('is empty');
  throw new ReadError(`is not a format Truce reads (${describeSniffed(sniffed)}); Truce reads plain text, Markdown, HTML, PDF and RSS, Atom or JSON feeds`);
}

/**
 * Reads one input with the reader that matches it best. Throws ReadError, worded for the
 * analyst, when the input is unreadable; the caller prefixes the file name.
 *
 * @example const result = await readInput({ bytes: await readFile(path), name: path });
 */
export async function readInput(input: RawInput, readers: readonly Reader[] = READERS): Promise<ReadResult> {
  return chooseReader(input, readers).read(input);
}
