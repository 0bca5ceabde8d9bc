import { type Doc, endsSentence, gone, len, lineText, remove } from './clean-lines.js';
import { flows } from './clean-joins.js';

// Running headers, page numbers, comment forms and prompts, and author bios.

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Lone page numbers, and short lines set apart that recur 3 times or more (running headers, footers). */
export function markHeaders(d: Doc): void {
  const keys: (string | undefined)[] = new Array(d.count);
  const counts = new Map<string, number>();
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l) || len(d, l) > 80) continue;
    const before = l === 0 || gone(d, l - 1), after = l === d.count - 1 || gone(d, l + 1);
    if (!before && !after) continue;
    const t = lineText(d, l);
    if (PAGE_NUMBER.test(t)) remove(d, l, l, 'header');
    // A header is no part of a sentence: a paragraph's first line, repeated when a page is pasted twice, is.
    else if (!flows(d, l) && !/[.,;]$/.test(t) && /\p{L}\p{L}/u.test(t)) {
      // Numbers vary between pages ("Page 3", "2020 | 14"), the rest of a running header does not.
      const key = t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
      keys[l] = key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (let l = 0; l < d.count; l++) if (keys[l] !== undefined && counts.get(keys[l]!)! >= 3) remove(d, l, l, 'header');
}

const BOILERPLATE =
  /^(?:(?:start|join) the (?:conversation|discussion)|leave a (?:comment|reply)|(?:authors?|users?|members?),? please (?:log|sign) ?in|(?:log|sign) ?in to (?:comment|reply)|please treat others with respect|comments containing|do not submit your comment|share (?:this|on|via|the article)\b|share$|(?:subscribe|sign up)\b.{0,60}\bnewsletter|subscribe to\b|(?:related|recommended) (?:articles?|posts?|stories|content|reading)|read more\b|you (?:may|might) also like|more from\b|(?:accept|reject)(?: all)? cookies|(?:\d+ )?comments?$|advertisement$|follow us\b|print this\b|email this\b)|\ball comments are (?:reviewed|moderated)\b|\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b/i;
const BULLET = /^[•·*»>\-–—]+\s*/;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const BIO_OPENING = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|holds|has|was|works|teaches|serves|received|earned|graduated|specializes|specialises|joined|writes|covers)\b/u;
const BIO_WORDS =
  /\b(?:degrees?|ph\.?d|doctoral|master'?s?|bachelor'?s?|universit(?:y|ies)|research(?:er)?|fellow(?:ship)?|professor|lecturer|analyst|journalist|editor|writer|author|correspondent|graduated|think[- ]tank|is currently|has been an?)\b/gi;

/** Comment forms, share and subscribe prompts, cookie notices, and an author bio at the end. */
export function markBoilerplate(d: Doc): void {
  for (let l = 0; l < d.count; l++) {
    if (!gone(d, l) && len(d, l) >= 5 && len(d, l) <= 300 && BOILERPLATE.test(lineText(d, l).replace(BULLET, ''))) remove(d, l, l, 'boilerplate');
  }
  // A comment form's short labels ("Name", "Email", "»") after its first matched line go too.
  let first = -1;
  for (let l = d.count - 1; l >= 0; l--) {
    if (d.mark[l] > 0 && d.reasons[d.mark[l] - 1] === 'boilerplate') first = l;
    else if (!gone(d, l) && (len(d, l) > 60 || endsSentence(d.s, d.start[l], d.end[l]))) break;
  }
  if (first >= 0) remove(d, first, d.count - 1, 'boilerplate');
  markBio(d);
}

/** A last paragraph that starts with a person's name (maybe on lines of its own first) and reads like a bio. */
function markBio(d: Doc): void {
  let e = d.count - 1;
  while (e >= 0 && gone(d, e)) e--;
  if (e < 0) return;
  let b = e;
  while (b > 0 && !gone(d, b - 1)) b--;
  const nameLine = (l: number) => len(d, l) <= 40 && NAME_LINE.test(lineText(d, l));
  let body = b;
  while (body < e && nameLine(body)) body++;
  let from = b;
  for (let l = b - 1; l >= 0 && (gone(d, l) || nameLine(l)); l--) if (!gone(d, l)) from = l;
  const bio = d.s.slice(d.start[body], Math.min(d.end[e], d.start[body] + 600));
  const cues = new Set((bio.match(BIO_WORDS) ?? []).map((w) => w.toLowerCase())).size;
  // Name lines above count only if the bio starts with that name (or a pronoun), not after a heading.
  const named = from < body && (bio.startsWith(lineText(d, from).split(' ')[0]) || /^(?:He|She|They)\b/.test(bio));
  if ((named && cues >= 1) || (BIO_OPENING.test(bio) && cues >= 2)) remove(d, from, e, 'boilerplate');
}
