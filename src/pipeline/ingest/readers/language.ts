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
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, '').length < 40) return undefined;
  const code = franc(sample, { only: Object.keys(ISO_639_1), minLength: 40 });
  return ISO_639_1[code];
}
