/**
 * The side a word names. Names of peoples and countries are capitalised in English, so a
 * lower-case word is never one: "two of us" is not the US.
 */
export function sideOf(word: string, sideWords: ReadonlyMap<string, string>): string | undefined {
  const first = word[0] ?? '';
  return first === first.toUpperCase() ? sideWords.get(bare(word)) : undefined;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

export function sideIn(text: string, sideWords: ReadonlyMap<string, string>): string | undefined {
  let side: string | undefined;
  for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) side = sideOf(m[0], sideWords) ?? side;
  return side;
}
