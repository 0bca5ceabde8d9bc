// Full-text search on PostgreSQL with the words SQLite's FTS5 sees. Its unicode61 tokenizer
// (remove_diacritics 2) splits on anything that is not a letter or a digit, lowercases, and
// folds accents off Latin letters only ("Şuşa" is "susa", "Ёлка" stays "ёлка"). PostgreSQL's
// parsers split otherwise ("T-72", e-mail addresses, URLs), so the words are found here and
// written as tsvector and tsquery literals, which PostgreSQL takes as they are.

/** Latin letters with diacritics (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional). */
const LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
/** PostgreSQL's limits: positions up to 16383, 256 of them a lexeme, lexemes under 2 KB. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;
const MAX_LEXEME_BYTES = 2046;

/** The words of a text as FTS5's unicode61 tokenizer with remove_diacritics 2 gives them. */
export function searchWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .replace(LATIN, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/ſ/g, 's')
    // 'İ'.toLowerCase() is i with a combining dot, which FTS5 folds to i.
    .replace(/i\u0307/g, 'i');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const quote = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A tsvector literal of the texts' words with their positions; words of the first text
 * (a title) weigh A, so they rank first, as a title match does in FTS5's bm25.
 */
export function tsvectorLiteral(texts: string[]): string {
  const positions = new Map<string, string[]>();
  let at = 0;
  texts.forEach((text, k) => {
    for (const word of searchWords(text)) {
      at++;
      if (Buffer.byteLength(word) > MAX_LEXEME_BYTES) continue;
      let list = positions.get(word);
      if (!list) positions.set(word, (list = []));
      if (list.length < MAX_POSITIONS) list.push(`${Math.min(at, MAX_POSITION)}${k === 0 ? 'A' : ''}`);
    }
  });
  return [...positions].map(([word, list]) => `${quote(word)}:${[...new Set(list)].join(',')}`).join(' ');
}

/** The query FTS5 runs for the same words (see ftsQuery): every word must match, as a prefix; '' when there are none. */
export function tsqueryLiteral(text: string): string {
  // As ftsQuery does, the words are split first and each is then folded (which never splits one).
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(searchWords);
  return words.map((w) => `${quote(w)}:*`).join(' & ');
}
