import { describe, expect, it } from 'vitest';
import { sniffContentType } from './sniff-content-type.js';
import { sniffedTypeFor } from './sniffed-type-for.js';
import { parseContentType } from './parse-content-type.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffContentType', () => {
  it.each([
    ['PDF', utf8('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), 'application/pdf'],
    ['PDF after junk', utf8('\r\n\r\n%PDF-1.4\n'), 'application/pdf'],
    ['HTML doctype', utf8('<!DOCTYPE html>\n<html lang="en"><head>'), 'text/html'],
    ['HTML doctype, lower case, BOM and blank lines', utf8('\uFEFF\n\n  <!doctype html><title>x</title>'), 'text/html'],
    ['HTML without doctype', utf8('<html><body>hi</body></html>'), 'text/html'],
    ['HTML fragment starting with a head', utf8('<head><meta charset="utf-8">'), 'text/html'],
    ['HTML after a comment', utf8('<!-- generated --><!DOCTYPE html><html>'), 'text/html'],
    ['XHTML with an XML declaration', utf8('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'text/html'],
    ['RSS', utf8('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'), 'application/rss+xml'],
    ['RSS with a stylesheet and comment first', utf8('<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n<!-- feed -->\n<rss version="2.0">'), 'application/rss+xml'],
    ['RSS without an XML declaration', utf8('<rss version="2.0">'), 'application/rss+xml'],
    ['Atom', utf8('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'), 'application/atom+xml'],
    ['Atom with a prefix', utf8('<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'), 'application/atom+xml'],
    ['RSS 1.0 (RDF)', utf8('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'), 'application/rdf+xml'],
    ['other XML', utf8('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'), 'application/xml'],
    ['UTF-16 RSS with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss version="2.0">', 'utf16le')]), 'application/rss+xml'],
    ['JSON Feed', utf8('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "News", "items": []}'), 'application/feed+json'],
    ['JSON Feed 1.0 over http', utf8('{"title":"x","version":"http://jsonfeed.org/version/1","items":[]}'), 'application/feed+json'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['GIF', utf8('GIF89a\x01\x00'), 'image/gif'],
    ['ZIP', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'application/zip'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0, 0, 0), 'application/gzip'],
    ['plain text', utf8('Shelling was reported near the border on Sunday.\n'), 'text/plain'],
    ['other JSON is text', utf8('{"a": 1}'), 'text/plain'],
    ['UTF-8 text in other scripts', utf8('Обстрел продолжался — Ղարաբաղ'), 'text/plain'],
  ])('%s', (_, input, type) => expect(sniffContentType(input)).toBe(type));

  it.each([
    ['empty bytes', new Uint8Array()],
    ['invalid UTF-8', bytes(0x41, 0xc3, 0x28, 0x42)],
    ['control bytes', bytes(0x41, 0x00, 0x01, 0x02)],
  ])('is undefined for %s', (_, input) => expect(sniffContentType(input)).toBeUndefined());

  it('does not count a UTF-8 character cut at the check window as invalid', () => {
    // 80 001 bytes; the 64 KiB window ends between the two bytes of an é.
    expect(sniffContentType(utf8('a' + 'é'.repeat(40_000)))).toBe('text/plain');
  });
});

describe('sniffedTypeFor', () => {
  const pdf = utf8('%PDF-1.7\n');
  const html = utf8('<!doctype html><html>');
  const rss = utf8('<?xml version="1.0"?><rss version="2.0">');
  it('reports the sniffed type when the header is missing or generic', () => {
    expect(sniffedTypeFor(undefined, pdf)).toBe('application/pdf');
    expect(sniffedTypeFor('application/octet-stream', pdf)).toBe('application/pdf');
    expect(sniffedTypeFor('text/plain', html)).toBe('text/html');
    expect(sniffedTypeFor('text/xml', rss)).toBe('application/rss+xml');
    expect(sniffedTypeFor(undefined, utf8('just words'))).toBe('text/plain');
    expect(sniffedTypeFor('application/octet-stream', utf8('just words'))).toBe('text/plain');
    expect(sniffedTypeFor('application/json', utf8('{"version": "https://jsonfeed.org/version/1.1"}'))).toBe('application/feed+json');
  });
  it('reports a definite type the header contradicts', () => {
    expect(sniffedTypeFor('text/html', pdf)).toBe('application/pdf');
    expect(sniffedTypeFor('application/pdf', html)).toBe('text/html');
  });
  it('stays quiet when the header agrees, or when the sniff is only text/plain', () => {
    expect(sniffedTypeFor('application/pdf', pdf)).toBeUndefined();
    expect(sniffedTypeFor('text/html', utf8('Some text with <b>tags</b> later'))).toBeUndefined();
    expect(sniffedTypeFor('application/json', utf8('{"a": 1}'))).toBeUndefined();
    expect(sniffedTypeFor('text/html', new Uint8Array())).toBeUndefined();
  });
});

describe('parseContentType', () => {
  it.each([
    [undefined, {}],
    ['', {}],
    ['text/html', { mimeType: 'text/html' }],
    ['Text/HTML; charset=UTF-8', { mimeType: 'text/html', charset: 'utf-8' }],
    ['text/html;charset="ISO-8859-1"', { mimeType: 'text/html', charset: 'iso-8859-1' }],
    ['application/rss+xml; q=1; Charset = windows-1251 ; x=y', { mimeType: 'application/rss+xml', charset: 'windows-1251' }],
    ['nonsense; charset=utf-8', { charset: 'utf-8' }],
    ['text/html; charset=', { mimeType: 'text/html' }],
  ])('%j', (header, parsed) => expect(parseContentType(header)).toEqual(parsed));
});
