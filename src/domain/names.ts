/**
 * The key two names are compared by: lower case, accents and punctuation dropped,
 * Azerbaijani and other Latin letters folded to ASCII, so "Xankəndi", "Khankendi's" and
 * "khankendi" meet. Cyrillic and Armenian letters are kept as they are.
 * @example normalizeName('Ağdam') === normalizeName('Agdam')
 */
export function normalizeName(name: string): string {
  return name
    .replace(/['’`ʼ]s\b/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ə/g, 'a')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
