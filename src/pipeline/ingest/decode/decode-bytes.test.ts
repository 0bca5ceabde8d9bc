import { describe, expect, it } from 'vitest';
import { ReadError } from '../readers/reader-types.js';
import { charsetFromContentType, charsetFromMarkup } from './declared-charset.js';
import { decodeBytes } from './decode-bytes.js';

// Windows-1251: А–я are 0xC0–0xFF in alphabetical order.
const cp1251 = (s: string) =>
  Uint8Array.from([...s].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c < 0x80) return c;
    throw new Error(`no 1251 byte for ${ch} in this test table`);
  }));
// Windows-1252 agrees with Latin-1 for the letters used here.
const cp1252 = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
const utf16be = (s: string) => Uint8Array.from(Buffer.from(s, 'utf16le').swap16());

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(Buffer.from('Ganja — Гянджа'))).toEqual({ text: 'Ganja — Гянджа', encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café')]);
    expect(decodeBytes(withBom)).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Շուշի Shusha', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text: 'Շուշի Shusha', encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Шуша Shusha')]);
    expect(decodeBytes(be)).toEqual({ text: 'Шуша Shusha', encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM by its NUL pattern', () => {
    expect(decodeBytes(Buffer.from('Ceasefire announced in Stepanakert.', 'utf16le'))).toEqual({
      text: 'Ceasefire announced in Stepanakert.',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16be('Ceasefire announced.')).encoding).toBe('utf-16be');
  });

  it('guesses Windows-1251 for Cyrillic and Windows-1252 for Latin text that is not UTF-8', () => {
    expect(decodeBytes(cp1251('Гянджа обстреляна'))).toEqual({ text: 'Гянджа обстреляна', encoding: 'windows-1251' });
    expect(decodeBytes(cp1252('café in Agdam'))).toEqual({ text: 'café in Agdam', encoding: 'windows-1252' });
    // 0x93/0x94 are curly quotes in 1252, not control characters.
    expect(decodeBytes(Uint8Array.from([0x93, 0x68, 0x69, 0x94])).text).toBe('\u201chi\u201d');
  });

  it('lets a declared charset win over the guess', () => {
    // These bytes guess as 1252 ('ÃÿíäÆà' reads as Latin), but the header says 1251.
    const bytes = cp1251('Гянджа');
    expect(decodeBytes(bytes).encoding).toBe('windows-1251');
    expect(decodeBytes(cp1252('café'), { contentTypeCharset: 'windows-1251' })).toEqual({ text: 'cafй', encoding: 'windows-1251' });
    expect(decodeBytes(cp1252('café'), { contentTypeCharset: 'cp1251' }).encoding).toBe('windows-1251');
  });

  it('reads the charset of an HTML <meta> only when asked to', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), cp1251('Гянджа'), Buffer.from('</body></html>')]);
    expect(decodeBytes(page, { htmlMeta: true }).encoding).toBe('windows-1252');
    expect(decodeBytes(page).encoding).toBe('windows-1251');
    const httpEquiv = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>'),
      cp1251('Шуша'),
    ]);
    expect(decodeBytes(httpEquiv, { htmlMeta: true })).toMatchObject({ text: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Шуша', encoding: 'windows-1251' });
  });

  it('checks a declared UTF-8 and falls back to guessing when the bytes are not UTF-8', () => {
    expect(decodeBytes(cp1251('Гянджа'), { contentTypeCharset: 'utf-8' })).toEqual({ text: 'Гянджа', encoding: 'windows-1251' });
  });

  it('ignores an unknown charset label', () => {
    expect(decodeBytes(Buffer.from('plain'), { contentTypeCharset: 'x-klingon' })).toEqual({ text: 'plain', encoding: 'utf-8' });
  });

  it('refuses empty input', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(new ReadError('is empty'));
  });

  it('refuses binary input with a reason', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(() => decodeBytes(png)).toThrow(/^looks binary, not text \(it has a NUL character/);
    const controls = Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42, 0x05, 0x06, 0x07, 0x43, 0x44]);
    expect(() => decodeBytes(controls)).toThrow('looks binary, not text (it is 60% control characters)');
    expect(() => decodeBytes(controls)).toThrow(ReadError);
  });
});

describe('declared charsets', () => {
  it('reads the charset parameter of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe('windows-1251');
    expect(charsetFromContentType('text/html')).toBeUndefined();
    expect(charsetFromContentType(undefined)).toBeUndefined();
  });

  it('reads an XML declaration', () => {
    expect(charsetFromMarkup(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>'))).toBe('windows-1251');
  });
});

describe('Windows-1252 punctuation', () => {
  it('maps 0x80–0x9F to the euro sign, dashes and quotes (Node 20 would give C1 controls)', () => {
    const bytes = Uint8Array.from([0x80, 0x35, 0x20, 0x96, 0x20, 0x85, 0x20, 0x91, 0x78, 0x92, 0x20, 0xe9]);
    expect(decodeBytes(bytes, { contentTypeCharset: 'iso-8859-1' })).toEqual({ text: '€5 – … ‘x’ é', encoding: 'windows-1252' });
  });
});
