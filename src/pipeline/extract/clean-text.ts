import type { CleanText } from './types.js';
import { markBoilerplate, markHeaders } from './clean-boilerplate.js';
import { markCaptions } from './clean-captions.js';
import { gone, len, splitLines } from './clean-lines.js';
import { emit } from './clean-output.js';
import { markPullQuotes } from './clean-pull-quotes.js';

// Reports arrive as text pulled out of PDFs (narrow columns, words hyphenated at line ends,
// pull quotes and photo captions dropped into the middle of a sentence) or copied from web
// pages (comment forms, share buttons, an author bio at the end). Everything here works on
// lines, in a few passes that each cost O(length), so a 5 MB report stays well under a second.

/**
 * Raw report text to clean prose: line ends, odd spaces and hyphenated line breaks undone,
 * paragraphs kept as "\n\n", and pull quotes, photo captions, running headers, page numbers
 * and web boilerplate left out (listed in `removed`). Every cleaned character keeps its
 * offset in the original. Linear in the input; never throws.
 * @example cleanText('An escala-\ntion followed.\n\nPage 2').text // 'An escalation followed.'
 */
export function cleanText(original: string): CleanText {
  const d = splitLines(original);
  const histogram = new Int32Array(1001);
  let lines = 0;
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l)) continue;
    histogram[Math.min(1000, len(d, l))]++;
    lines++;
  }
  // The upper quartile of line lengths is the wrap width, however many short caption lines there are.
  let width = 0;
  for (let seen = 0; width < 1000 && (seen += histogram[width]) <= lines * 0.75; ) width++;

  markHeaders(d);
  markBoilerplate(d);
  markCaptions(d, width);
  markPullQuotes(d);
  const { text, offsets } = emit(d);

  const removed: CleanText['removed'] = [];
  let open: { id: number; start: number; end: number } | undefined;
  const close = () => open && removed.push({ start: open.start, end: open.end, text: original.slice(open.start, open.end), reason: d.reasons[open.id - 1] });
  for (let l = 0; l < d.count; l++) {
    const id = d.mark[l];
    if (id === 0) {
      if (d.start[l] !== d.end[l]) {
        close();
        open = undefined;
      }
    } else if (open && (open.id === id || (d.reasons[open.id - 1] === 'boilerplate' && d.reasons[id - 1] === 'boilerplate'))) open.end = d.end[l];
    else {
      close();
      open = { id, start: d.start[l], end: d.end[l] };
    }
  }
  close();
  return { text, offsets, removed };
}

/** The original offsets of the cleaned span start..end (end exclusive). */
/** The cleaned text's span holding the original's characters start..end (offsets only grow, so two binary searches). */
export function toClean(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const first = (at: number) => {
    let lo = 0;
    let hi = clean.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (clean.offsets[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { start: first(start), end: first(end) };
}

export function toOriginal(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const n = clean.text.length;
  const s = Math.max(0, Math.min(n, start));
  const e = Math.max(s, Math.min(n, end));
  if (e === s) return { start: clean.offsets[s], end: clean.offsets[s] };
  return { start: clean.offsets[s], end: clean.offsets[e - 1] + 1 };
}
