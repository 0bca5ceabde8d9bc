import { type Doc, UPPER, endsSentence, firstCase, gone, len, lineText, remove } from './clean-lines.js';
import { PARA, joinKind } from './clean-joins.js';

const CREDIT_CAPS = /^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\s*\/\s*[\p{Lu}\p{N}][\p{L}\p{N}'’.& -]{0,40}$/u;
const CREDIT_CAPS_OPEN = /^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}\s*\/$/u;
const CREDIT_WORDS = /^(?:Photo(?:graph)?s?|Images?|Pictures?|Credits?|Illustrations?|Source|PHOTO|IMAGE)\s*(?:by\b|credits?\b|:|©)/;
const CREDIT_PAREN = /^\((?:[^()]*\b(?:Reuters|AP|AFP|Getty|EPA|Anadolu|AA|TASS|Sputnik|Xinhua|Photo|Images|Shutterstock|Press)\b[^()]*)\)$/;
const CREDIT_INLINE = /(?:\(|\s)(?:photo|image|picture)s?(?: by|:)\s+[^.!?]{2,60}\)?$/i;

/**
 * Photo captions, found by their credit line ("JANE DOE / AGENCY", "Photo: X", "(Reuters)").
 * In wrapped (PDF) text the description above the credit goes too: short lines set apart,
 * starting with a capital after a blank line, whose inner blank lines all fall mid-sentence.
 */
export function markCaptions(d: Doc, width: number): void {
  const wrapped = width < 80;
  const shortLimit = Math.min(45, 0.8 * width);
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l) || len(d, l) > 300) continue;
    const apart = l === 0 || gone(d, l - 1) || l === d.count - 1 || gone(d, l + 1);
    if (!apart) continue;
    const t = lineText(d, l);
    let creditEnd = -1;
    if (t.length <= 120 && (CREDIT_CAPS.test(t) || CREDIT_WORDS.test(t) || CREDIT_PAREN.test(t))) creditEnd = l;
    else if (CREDIT_CAPS_OPEN.test(t) && l + 1 < d.count && !gone(d, l + 1) && len(d, l + 1) <= 40 && CREDIT_CAPS.test(`${t} ${lineText(d, l + 1)}`)) creditEnd = l + 1;
    if (creditEnd < 0) {
      const alone = (l === 0 || gone(d, l - 1)) && (l === d.count - 1 || gone(d, l + 1));
      if (alone && CREDIT_INLINE.test(t)) remove(d, l, l, 'caption');
      continue;
    }
    remove(d, captionStart(d, l, shortLimit, wrapped), creditEnd, 'caption');
    l = creditEnd;
  }
}

function captionStart(d: Doc, credit: number, shortLimit: number, wrapped: boolean): number {
  const picked: number[] = [];
  let later = -1;
  for (let l = credit - 1; l >= 0 && picked.length < 16; l--) {
    if (d.mark[l] > 0) break; // an earlier caption or header: also keeps this walk linear
    if (gone(d, l)) continue;
    if (len(d, l) >= shortLimit) break;
    if ((later < 0 ? credit : later) > l + 1) {
      // Unwrapped (web) text: only a description line right above its credit.
      if (!wrapped) break;
      // A description set apart from its credit ends with a full stop; a heading does not.
      if (later < 0 && !endsSentence(d.s, d.start[l], d.end[l])) break;
      // A blank line inside a caption falls anywhere; one after a sentence or a heading ends it.
      const para = later >= 0 && joinKind(d.s, d.start[l], d.end[l], d.start[later], d.end[later], { gap: true, blockMax: 0, full: false, heading: false }) === PARA;
      const heading = (l === 0 || gone(d, l - 1)) && firstCase(d.s, d.start[l], d.end[l]) === UPPER;
      if (para && (heading || endsSentence(d.s, d.start[l], d.end[l]))) break;
    }
    picked.push(l);
    later = l;
  }
  for (let i = picked.length - 1; i >= 0; i--) {
    const l = picked[i];
    if ((l === 0 || gone(d, l - 1)) && firstCase(d.s, d.start[l], d.end[l]) >= UPPER) return l;
  }
  return credit;
}
