// MinHash over word shingles, with locality-sensitive hashing bands, to find the same
// story republished by several sites. Written here rather than taken from a library: the
// whole method is these few lines, and the signature must be stable across releases
// because it is stored with each document.

/** Hash functions in a signature; bands x rows must equal it. */
export const HASHES = 128;
/**
 * 32 bands of 4 rows, and a candidate must share two of them: texts sharing 60% of their
 * shingles become candidates with probability 0.93, at 70% 0.998, at 80% all but surely;
 * unrelated texts (under 10%) almost never. Candidates are then checked against
 * NEAR_DUPLICATE on the whole signature.
 */
export const BANDS = 32;
/** The estimated share of shingles in common above which a text counts as a copy of another. */
export const NEAR_DUPLICATE = 0.5;
const ROWS = HASHES / BANDS;
/** Words per shingle. */
const SHINGLE = 5;

// Fixed odd multipliers and offsets (from a seeded generator), so signatures compare across runs.
const SEEDS = (() => {
  // Int32: V8 keeps small-integer arithmetic on them; unsigned values past 2^31 would be doubles.
  const a = new Int32Array(HASHES);
  const b = new Int32Array(HASHES);
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  return { a, b };
})();

/** The words a text is compared on: lower case letters and digits, punctuation and layout ignored. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The MinHash signature of a text (HASHES 32-bit minima, as bytes), or undefined when the
 * text is too short to compare meaningfully (fewer than 20 words).
 */
export function minhashSignature(text: string): Uint8Array | undefined {
  const words = shingleWords(text);
  if (words.length < 20) return undefined;
  // Each shingle is hashed (32-bit FNV-1a) from its words' characters in place, with no string built.
  // Minima kept as int32 with the top bit flipped, which orders them as the unsigned values
  // would be ordered, all in integer arithmetic; flipped back at the end.
  const mins = new Int32Array(HASHES).fill(0x7fffffff);
  const seen = new Set<number>();
  const { a, b } = SEEDS;
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE; w++) {
      const word = words[w];
      for (let c = 0; c < word.length; c++) {
        h ^= word.charCodeAt(c);
        h = Math.imul(h, 0x01000193);
      }
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    h |= 0;
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < HASHES; k++) {
      const v = ((Math.imul(a[k], h) + b[k]) | 0) ^ -0x80000000;
      if (v < mins[k]) mins[k] = v;
    }
  }
  for (let k = 0; k < HASHES; k++) mins[k] ^= -0x80000000;
  return new Uint8Array(mins.buffer);
}

/** The LSH band keys of a signature: texts that share a key are candidates. */
export function signatureBands(signature: Uint8Array): string[] {
  const bands: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const slice = signature.subarray(band * ROWS * 4, (band + 1) * ROWS * 4);
    bands.push(`${band}:${Buffer.from(slice).toString('base64')}`);
  }
  return bands;
}

/** The estimated Jaccard similarity of two texts' shingle sets, from their signatures. */
export function similarity(a: Uint8Array, b: Uint8Array): number {
  // Copies: bytes read back from a database need not be aligned for a Uint32Array view.
  const x = new Uint32Array(Uint8Array.from(a).buffer);
  const y = new Uint32Array(Uint8Array.from(b).buffer);
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (x[k] === y[k]) same++;
  return same / HASHES;
}
