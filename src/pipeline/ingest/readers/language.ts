import { franc } from 'franc';

/** ISO 639-3 codes franc returns, for the languages reports on the conflict come in, to ISO 639-1. */
const ISO_639_1: Record<string, string> = {
  eng: 'en', rus: 'ru', hye: 'hy', azj: 'az', aze: 'az', fra: 'fr', deu: 'de', tur: 'tr', spa: 'es', ukr: 'uk',
};

/** A language tag as documents write it ('en-GB', 'RU', 'eng') to ISO 639-1, or undefined. */
export function languageFromTag(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (/^[a-z]{2}$/.test(primary)) return primary;
  return ISO_639_1[primary];
}

/**
 * The language of a text by its trigrams, limited to the languages above: unrestricted,
 * franc calls short English "Scots" and Russian "Bosnian". Undefined when unsure.
 */
export function detectLanguage(text: string): string | undefined {
  // A thousand characters tell the language as well as the whole text, at a quarter of the cost.
  const sample = text.slice(0, 1000);
  if (sample.replace(/\s+/g, '').length < 40) return undefined;
  if (plainlyEnglish(sample)) return 'en';
  const code = franc(sample, { only: Object.keys(ISO_639_1), minLength: 40 });
  return ISO_639_1[code];
}

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'were', 'said', 'that', 'for', 'on', 'with', 'by', 'at', 'from', 'has', 'have', 'it']);

/**
 * Most reports are English, and English text is a fifth function words; counting them is a
 * hundred times cheaper than trigrams. Texts below that share go to franc.
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f\u0400-\u04ff\u0530-\u058f]+/g) ?? [];
  if (words.length < 30) return false;
  let common = 0;
  for (const w of words) if (ENGLISH.has(w)) common++;
  return common / words.length >= 0.2;
}
