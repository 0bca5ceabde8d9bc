// Full-text search on PostgreSQL with the words SQLite's FTS5 sees. Its unicode61 tokenizer
// (remove_diacritics 2) splits on anything that is not a letter or a digit, lowercases, and
// folds accents off Latin letters only ("Şuşa" is "susa", "Ёлка" stays "ёлка"). PostgreSQL's
// parsers split otherwise ("T-72", e-mail addresses, URLs), so the words are found here and
// written as tsvector and tsquery literals, which PostgreSQL takes as they are.

/** Latin letters with diacritics (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional). */
const LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const ASCII = /^[\x00-\x7F]*$/;
/** PostgreSQL's limits: positions up to 16383, 256 of them a lexeme, lexemes under 2 KB. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;
const MAX_LEXEME_BYTES = 2046;

/** The words of a text as FTS5's unicode61 tokenizer with remove_diacritics 2 gives them. */
export function searchWords(text: string): string[] {
  // ASCII alone (most English text): its letters and digits are [A-Za-z0-9], and a plain
  // class matches about three times as fast as the Unicode properties.
  if (ASCII.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const folded = text
    .toLowerCase()
    .replace(LATIN, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/ſ/g, 's')
    // 'İ'.toLowerCase() is i with a combining dot, which FTS5 folds to i.
    .replace(/i\u0307/g, 'i');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Words hold letters and digits only, so the escaping is rarely needed; it stays for safety.
const quote = (word: string) => (/['\\]/.test(word) ? `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${word}'`);

/** A UTF-16 unit is at most 3 bytes of UTF-8: only longer words need measuring. */
const MAX_LEXEME_UNITS = Math.floor(MAX_LEXEME_BYTES / 3);

/**
 * A tsvector literal of the texts' words with their positions; words of the first text
 * (a title) weigh A, so they rank first, as a title match does in FTS5's bm25.
 */
export function tsvectorLiteral(texts: string[]): string {
  // A word's positions as the literal's text, with how many it holds and the last one:
  // positions only grow, so a repeat (past the largest, where all become MAX_POSITION) is the last one.
  const positions = new Map<string, { text: string; count: number; last: string }>();
  let at = 0;
  for (let k = 0; k < texts.length; k++) {
    for (const word of searchWords(texts[k])) {
      at++;
      if (word.length > MAX_LEXEME_UNITS && Buffer.byteLength(word) > MAX_LEXEME_BYTES) continue;
      const p = at < MAX_POSITION ? at : MAX_POSITION;
      const position = k === 0 ? `${p}A` : String(p);
      const list = positions.get(word);
      if (!list) positions.set(word, { text: position, count: 1, last: position });
      else if (list.count < MAX_POSITIONS) {
        list.count++;
        if (position !== list.last) {
          list.text += `,${position}`;
          list.last = position;
        }
      }
    }
  }
  const parts: string[] = [];
  for (const [word, list] of positions) parts.push(`${quote(word)}:${list.text}`);
  return parts.join(' ');
}

/** The query FTS5 runs for the same words (see ftsQuery): every word must match, as a prefix; '' when there are none. */
export function tsqueryLiteral(text: string): string {
  // As ftsQuery does, the words are split first and each is then folded (which never splits one).
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(searchWords);
  return words.map((w) => `${quote(w)}:*`).join(' & ');
}
