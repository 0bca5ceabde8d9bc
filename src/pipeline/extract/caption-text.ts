import type { CleanText } from './types.js';

// A credit line under a photograph: "JANE DOE / AGENCY", "Photo: Jane Doe", "(Reuters)".
const CREDIT = /^\s*(?:[\p{Lu}][\p{Lu}\p{M} .'’-]+\/\s*[\p{Lu}\p{L} .&-]+|(?:photo|image|picture)\s*(?:by|:|credit).*|\(\w+\))\s*$/iu;

/**
 * A photo caption the clean-up took out of the running text, as a text of its own: its
 * lines joined, words split across lines rejoined, the credit line dropped. Extraction reads
 * it apart from the article, so its date stays with its own picture, not with the sentence
 * it interrupted.
 */
export function captionText(original: string, start: number, end: number): CleanText {
  const chars: string[] = [];
  const offsets: number[] = [];
  const lines: [number, number][] = [];
  for (let at = start; at < end; ) {
    const nl = original.indexOf('\n', at);
    const stop = nl < 0 || nl > end ? end : nl;
    if (!CREDIT.test(original.slice(at, stop)) && original.slice(at, stop).trim()) lines.push([at, stop]);
    at = stop + 1;
  }
  lines.forEach(([a, b], n) => {
    let line = original.slice(a, b);
    let lead = line.length - line.trimStart().length;
    line = line.trim();
    const hyphen = n < lines.length - 1 && /\p{Ll}-$/u.test(line) && /^\s*\p{Ll}/u.test(original.slice(lines[n + 1][0], lines[n + 1][1]));
    const keep = hyphen ? line.length - 1 : line.length;
    for (let i = 0; i < keep; i++) {
      chars.push(line[i]);
      offsets.push(a + lead + i);
    }
    if (!hyphen && n < lines.length - 1) {
      chars.push(' ');
      offsets.push(a + lead + line.length);
    }
    lead = 0;
  });
  offsets.push(lines.length ? lines[lines.length - 1][1] : end);
  return { text: chars.join(''), offsets: Int32Array.from(offsets), removed: [] };
}
