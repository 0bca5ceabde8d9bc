import { type Doc, UPPER, endsSentence, firstCase, gone, isHyphen, isInvisible, isSpace, len } from './clean-lines.js';
import { type Layout, PARA, SPACE, WORD, joinKind } from './clean-joins.js';

// Building the cleaned text and its offset map from the kept lines.

const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];

/** Chars and their original offsets, growing as needed. */
class Out {
  buf: Uint16Array;
  off: Int32Array;
  k = 0;
  constructor(cap: number) {
    this.buf = new Uint16Array(cap);
    this.off = new Int32Array(cap + 1);
  }
  put(c: number, at: number): void {
    if (this.k === this.buf.length) {
      const buf = new Uint16Array(this.k * 2), off = new Int32Array(this.k * 2 + 1);
      buf.set(this.buf);
      off.set(this.off);
      this.buf = buf;
      this.off = off;
    }
    this.buf[this.k] = c;
    this.off[this.k++] = at;
  }
}

function emitLine(out: Out, s: string, a: number, b: number): void {
  let space = -1;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x7f) {
      if (space >= 0) out.put(32, space);
      space = -1;
      out.put(c, i);
    } else if (isSpace(c)) {
      if (space < 0) space = i;
    } else if (!isInvisible(c) && c !== 0xad) {
      if (space >= 0) out.put(32, space);
      space = -1;
      if (c >= 0xfb00 && c <= 0xfb06) for (const x of LIGATURES[c - 0xfb00]) out.put(x.charCodeAt(0), i);
      else out.put(c, i);
    }
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** UTF-16 code units to a string, lone surrogates and all (TextDecoder would replace them). */
function decode(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]));
  return parts.join('');
}

export function emit(d: Doc): { text: string; offsets: Int32Array } {
  const s = d.s;
  // The longest line of each block of adjacent kept lines: the wrap width a short line is judged by.
  const blockMax = new Int32Array(d.count), blockLines = new Int32Array(d.count);
  for (let l = 0; l < d.count; ) {
    if (gone(d, l)) {
      l++;
      continue;
    }
    let e = l, max = 0;
    for (; e < d.count && !gone(d, e); e++) max = Math.max(max, len(d, e));
    blockMax.fill(max, l, e);
    blockLines.fill(e - l, l, e);
    l = e;
  }
  const layout = (a: number, b: number, gap: boolean): Layout => ({
    gap,
    blockMax: blockMax[a],
    full: blockLines[a] >= 3 && len(d, a) >= 0.85 * blockMax[a],
    heading:
      (b === d.count - 1 || gone(d, b + 1)) &&
      len(d, b) <= 60 &&
      len(d, b) < 0.6 * blockMax[b] &&
      firstCase(s, d.start[b], d.end[b]) === UPPER &&
      !endsSentence(s, d.start[b], d.end[b]),
  });
  const out = new Out(s.length + 16);
  let prev = -1, gap = false;
  for (let l = 0; l < d.count; l++) {
    if (gone(d, l)) {
      gap = true;
      continue;
    }
    if (prev >= 0) {
      const kind = joinKind(s, d.start[prev], d.end[prev], d.start[l], d.end[l], layout(prev, l, gap));
      const at = d.end[prev];
      if (kind === SPACE) out.put(32, at);
      else if (kind === PARA) {
        out.put(10, at);
        out.put(10, at);
      } else if (kind === WORD && out.k > 0 && isHyphen(out.buf[out.k - 1])) out.k--;
    }
    emitLine(out, s, d.start[l], d.end[l]);
    prev = l;
    gap = false;
  }
  const offsets = out.off.slice(0, out.k + 1);
  offsets[out.k] = s.length;
  return { text: decode(out.buf.subarray(0, out.k)), offsets };
}
