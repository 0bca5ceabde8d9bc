import { ReadError } from '../readers/reader-types.js';
import { charsetFromMarkup } from './declared-charset.js';
import { guessSingleByte } from './guess-single-byte.js';
import { binaryReason } from './looks-binary.js';
import { utf16WithoutBom } from './utf16-without-bom.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Where to look for a declared charset, which wins over guessing. */
export type DecodeHint = {
  /** The charset parameter of the Content-Type header, if any. */
  contentTypeCharset?: string;
  /** Look for `<meta charset>` / `<?xml encoding>` in the first 2 KB (HTML and feeds). */
  htmlMeta?: boolean;
};

/** Decoded text and the encoding it was decoded from (a WHATWG name, e.g. 'windows-1251'). */
export type Decoded = { text: string; encoding: string };

/**
 * Bytes to text, whatever the encoding a conflict report was saved in: a byte-order mark
 * first, then UTF-16 by its NUL pattern, then a declared charset, then strict UTF-8, then
 * Windows-1251 or -1252 by letter frequency. Throws ReadError for empty or binary input.
 *
 * @example decodeBytes(bytes, { contentTypeCharset: 'windows-1251' }) // { text: 'Гянджа', encoding: 'windows-1251' }
 */
export function decodeBytes(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  if (bytes.length === 0) throw new ReadError('is empty');
  const decoded = decodeText(bytes, hint);
  const binary = binaryReason(decoded.text);
  if (binary) throw new ReadError(`looks binary, not text (it ${binary})`);
  return decoded;
}

function decodeText(bytes: Uint8Array, hint: DecodeHint): Decoded {
  const bom = encodingFromBom(bytes);
  if (bom) return decodeAs(bom, bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(utf16, bytes);
  const declared = knownEncoding(hint.contentTypeCharset ?? (hint.htmlMeta ? charsetFromMarkup(bytes) : undefined));
  // A declared UTF-8 can be checked, and pages that say UTF-8 but are not exist; other declarations are trusted.
  if (declared && declared !== 'utf-8') return decodeAs(declared, bytes);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return decodeAs(guessSingleByte(bytes), bytes);
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The WHATWG name for a charset label ('cp1251' → 'windows-1251'), or undefined if unknown. */
function knownEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined; // an unknown label is ignored, not fatal: the heuristics still apply
  }
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): Decoded {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  // TextDecoder drops a leading BOM itself.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
