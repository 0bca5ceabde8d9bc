/**
 * A stable whole number for a Truce id, for GED's integer id columns: FNV-1a (32 bits)
 * of the text, put in 1,000,000,000-1,999,999,999 so it fits a signed 32-bit integer and
 * never looks like one of UCDP's own ids (GED's run to a few million). The same text
 * always gives the same number; nothing random.
 * @example stableId('2020-07-12-tovuz-tavush-clashes')
 */
export function stableId(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 1_000_000_000 + (hash % 1_000_000_000);
}
