import { normalizeName } from '../domain/names.js';

/** A name found in a text: the ids that answer to it, and where it stands. */
export type NameMatch = { ids: string[]; start: number; end: number; text: string };

type Node = { next: Map<string, Node>; ids?: string[]; capitalised?: boolean };

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The key a single word is compared by; a fast path for plain ASCII words. */
function wordKey(word: string): string {
  return /^[A-Za-z0-9]+$/.test(word) ? word.toLowerCase() : normalizeName(word);
}

/** A word of a text as name matching sees it. */
export type Token = { key: string; start: number; end: number; upper: boolean };

/** Splits a text into the words names are matched on, once for every matcher that reads it. */
export function tokenizeNames(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
    const code = raw.charCodeAt(0);
    const upper = code >= 65 && code <= 90 ? true : code < 128 ? false : /^\p{Lu}/u.test(raw);
    const key = wordKey(raw);
    if (key.includes(' ')) {
      for (const part of key.split(' ')) if (part) tokens.push({ key: part, start: m.index!, end: m.index! + raw.length, upper });
    } else if (key) tokens.push({ key, start: m.index!, end: m.index! + raw.length, upper });
  }
  return tokens;
}

/**
 * Finds every name of a list in a text in one pass: the words of the text walk a trie of
 * the names' words, and the longest name wins. A name written with a capital in the list
 * ("Hand", "Berd") only matches a capitalised word in the text, so "on the other hand"
 * is no village; names written in lower case ("line of contact") match in any case.
 * @example new NameMatcher([{ id: 'stepanakert', names: ['Stepanakert', 'Khankendi'] }]).find(text)
 */
export class NameMatcher {
  private readonly root: Node = { next: new Map() };

  constructor(entries: Iterable<{ id: string; names: readonly string[] }>) {
    for (const { id, names } of entries) for (const name of names) this.add(id, name);
  }

  private add(id: string, name: string): void {
    const words = name.match(WORD);
    if (!words?.length) return;
    let node = this.root;
    for (const w of words.flatMap((x) => wordKey(x).split(' ')).filter(Boolean)) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    if (!node.ids) node.ids = [];
    if (!node.ids.includes(id)) node.ids.push(id);
    // Capitalised if any of its spellings is: proper names must look like proper names in the text.
    node.capitalised = (node.capitalised ?? false) || /^\p{Lu}/u.test(name.trim());
  }

  /** Finds names in a text; pass `tokens` from tokenizeNames when several matchers read one text. */
  find(text: string, tokens: Token[] = tokenizeNames(text)): NameMatch[] {
    const found: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      let node: Node | undefined = this.root;
      let best: { end: number; ids: string[] } | undefined;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(tokens[j].key);
        // A name of several words may be written in lower case but for one ("the armed forces of Azerbaijan").
        if (node?.ids && (!node.capitalised || tokens[i].upper || (j > i && tokens.slice(i, j + 1).some((t) => t.upper)))) best = { end: j, ids: node.ids };
      }
      if (best) {
        const start = tokens[i].start;
        const end = tokens[best.end].end;
        found.push({ ids: best.ids, start, end, text: text.slice(start, end) });
        i = best.end + 1;
      } else i++;
    }
    return found;
  }
}
