import { type Doc, LOWER, caseOf, gone, isHyphen, len, remove, wordChar } from './clean-lines.js';

/** A growable Int32Array. */
class Ints {
  a = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

const K = 5; // words per shingle: long enough not to repeat by chance, short enough to survive a pull quote's cuts

/**
 * Pull quotes: a run of short lines whose words (lowercased, hyphens and line-end splits
 * undone) repeat a passage found elsewhere in the text, starting and ending on line
 * boundaries. Repeats are found by hashing every 5-word shingle once, so the cost is linear.
 */
export function markPullQuotes(d: Doc): void {
  const s = d.s;
  const hash = new Ints(), line0 = new Ints(), line1 = new Ints(), block = new Ints();
  // A word split by a hyphen at a line end waits here for its rest.
  let pending = 0, pendingFrom = -1, pendingTo = -1, pendingBlock = 0, blockId = 0, lastKept = -1;
  function push(h: number, from: number, to: number, blk: number) {
    hash.push(h);
    line0.push(from);
    line1.push(to);
    block.push(blk);
  }
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l)) {
      blockId++;
      continue;
    }
    const b = d.end[l];
    let i = d.start[l];
    if (pendingFrom >= 0) {
      const c = s.charCodeAt(i);
      if (wordChar(c) < 0 || (lastKept !== l - 1 && caseOf(c) !== LOWER)) {
        push(pending, pendingFrom, pendingTo, pendingBlock);
        pendingFrom = -1;
      }
    }
    while (i < b) {
      let w = wordChar(s.charCodeAt(i));
      if (w < 0) {
        i++;
        continue;
      }
      let h = 0x811c9dc5 | 0, from = l, blk = blockId;
      if (pendingFrom >= 0) {
        h = pending;
        from = pendingFrom;
        blk = pendingBlock;
        pendingFrom = -1;
      }
      for (;;) {
        h = Math.imul(h ^ w, 0x01000193);
        if (++i >= b) break;
        const c = s.charCodeAt(i);
        if ((w = wordChar(c)) >= 0) continue;
        if ((isHyphen(c) || c === 39 || c === 0x2019) && i + 1 < b && (w = wordChar(s.charCodeAt(i + 1))) >= 0) {
          i++;
          continue;
        }
        break;
      }
      if (i === b - 1 && isHyphen(s.charCodeAt(i))) {
        pending = h;
        pendingFrom = from;
        pendingTo = l;
        pendingBlock = blk;
        break;
      }
      push(h, from, l, blk);
    }
    lastKept = l;
  }
  if (pendingFrom >= 0) push(pending, pendingFrom, pendingTo, pendingBlock);

  const T = hash.n;
  if (T < 2 * K) return;
  const S = T - K + 1;
  let size = 16;
  while (size < 2 * S) size *= 2;
  // Key and count side by side, so a lookup touches one cache line.
  const table = new Int32Array(2 * size), slotOf = new Int32Array(S);
  for (let j = 0; j < S; j++) {
    // Shingles stay inside a block: across a paragraph break, chance repeats abound.
    if (block.a[j] !== block.a[j + K - 1]) {
      slotOf[j] = -1;
      continue;
    }
    let h = 0x9747b28c | 0;
    for (let t = j; t < j + K; t++) {
      h = Math.imul(h ^ hash.a[t], 0x5bd1e995);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    if (h === 0) h = 1;
    let slot = (h & (size - 1)) << 1;
    while (table[slot] !== 0 && table[slot] !== h) slot = (slot + 2) & (2 * size - 1);
    table[slot] = h;
    table[slot + 1]++;
    slotOf[j] = slot + 1;
  }
  // A word is covered when some shingle holding it occurs twice or more.
  const covered = new Uint8Array(T);
  for (let i = 0, until = 0; i < T; i++) {
    if (i < S && slotOf[i] >= 0 && table[slotOf[i]] >= 2) until = i + K;
    covered[i] = i < until ? 1 : 0;
  }

  type Candidate = { first: number; last: number; from: number; to: number; apart: boolean; mean: number };
  const candidates: Candidate[] = [];
  for (let i = 0; i < T; ) {
    if (!covered[i]) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    // Runs join across a word or two that differ (an edited quote) inside one block of lines,
    // and go on across a blank line between short (column) lines.
    for (let j = i + 1; j < T && j - last <= 3; j++) {
      if (covered[j] && (block.a[j] === block.a[last] || (j === last + 1 && len(d, line1.a[last]) < 45))) last = j;
    }
    i = last + 1;
    if (last - first + 1 < 8) continue;
    if (first > 0 && line1.a[first - 1] >= line0.a[first]) continue;
    if (last < T - 1 && line0.a[last + 1] <= line1.a[last]) continue;
    const from = line0.a[first], to = line1.a[last];
    let lines = 0, short = 0, chars = 0;
    for (let l = from; l <= to; l++) {
      if (gone(d, l)) continue;
      lines++;
      chars += len(d, l);
      if (len(d, l) < 45) short++;
    }
    const apart = from === 0 || gone(d, from - 1);
    // A pull quote is set in short lines (median under 45); a whole paragraph that repeats
    // (a web page's standfirst) is left out the same way.
    const paragraph = lines === 1 && apart && (to === d.count - 1 || gone(d, to + 1));
    if ((lines < 2 || short <= lines >> 1) && !paragraph) continue;
    candidates.push({ first, last, from, to, apart, mean: chars / lines });
  }
  // Where both copies qualify, the one set apart by a blank line is the quote.
  candidates.sort((x, y) => Number(y.apart) - Number(x.apart) || x.mean - y.mean);
  for (const c of candidates) {
    const inside = new Map<number, number>();
    for (let j = c.first; j <= c.last - K + 1; j++) if (slotOf[j] >= 0) inside.set(slotOf[j], (inside.get(slotOf[j]) ?? 0) + 1);
    let elsewhere = 0, total = 0;
    for (let j = c.first; j <= c.last - K + 1; j++) {
      if (slotOf[j] < 0) continue;
      total++;
      if (table[slotOf[j]] > inside.get(slotOf[j])!) elsewhere++;
    }
    if (total === 0 || elsewhere < 0.7 * total) continue;
    for (let j = c.first; j <= c.last - K + 1; j++) if (slotOf[j] >= 0) table[slotOf[j]]--;
    remove(d, c.from, c.to, 'pull quote');
  }
}
