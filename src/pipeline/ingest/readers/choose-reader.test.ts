import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { chooseReader, readInput } from './choose-reader.js';
import { ReadError, type RawInput, type Reader } from './reader-types.js';

const input = (content: string | Uint8Array, name = 'input', contentType?: string): RawInput => ({
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
  name,
  contentType,
});
const chosen = (i: RawInput) => chooseReader(i).name;

/** Deterministic noise, so the test sees the same "random" bytes every run. */
function noise(length: number): Uint8Array {
  let seed = 42;
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
}

async function tinyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('A ceasefire took effect at midnight.', { x: 50, y: 700, size: 12, font });
  return doc.save();
}

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://e.org/</link><description>d</description><item><link>https://e.org/1</link></item></channel></rss>';

describe('chooseReader', () => {
  it('goes by content, not by name or Content-Type', async () => {
    expect(chosen(input(await tinyPdf(), 'report.txt', 'text/plain'))).toBe('pdf');
    expect(chosen(input('<!DOCTYPE html><html><body><p>x</p></body></html>', 'report.pdf', 'application/pdf'))).toBe('html');
    expect(chosen(input(RSS, 'feed.txt', 'text/plain'))).toBe('feed');
    expect(chosen(input('{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]}', 'feed.txt'))).toBe('feed');
    expect(chosen(input('Just a plain report about the ceasefire.', 'page.html'))).toBe('html');
    expect(chosen(input('Just a plain report about the ceasefire.'))).toBe('text');
    expect(chosen(input('# Heading\n\nMarkdown body.', 'notes.md'))).toBe('text');
    expect(chosen(input('<p>An HTML fragment.</p>'))).toBe('html');
    expect(chosen(input(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>UTF-16 page</body></html>', 'utf16le')])))).toBe('html');
  });

  it('names what it sniffed when no reader bids', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => chooseReader(input(png, 'photo.txt'))).toThrow(
      new ReadError('is not a format Truce reads (it looks like a PNG image); Truce reads plain text, Markdown, HTML, PDF and RSS, Atom or JSON feeds'),
    );
    expect(() => chooseReader(input(noise(4000), 'blob'))).toThrow(/^is not a format Truce reads \(it looks like binary data, not text \(it has a NUL character at position \d+\)\)/);
    expect(() => chooseReader(input('<?xml version="1.0"?><note><to>Tove</to></note>', 'note.xml', 'application/xml'))).toThrow(
      /^is not a format Truce reads \(it is XML with root <note>, not an RSS, Atom or RDF feed\)/,
    );
    expect(() => chooseReader(input('{"casualties": 3}', 'data.json'))).toThrow(/^is not a format Truce reads \(it is JSON but not a JSON Feed\)/);
    expect(() => chooseReader(input(new Uint8Array()))).toThrow(new ReadError('is empty'));
  });

  it('gives a file called .pdf that is not one to the PDF reader only when nothing else bids', async () => {
    const fake = input(noise(4000), 'report.pdf');
    expect(chosen(fake)).toBe('pdf');
    await expect(readInput(fake)).rejects.toThrow(new ReadError('is called a PDF but is not one (it has no %PDF- header)'));
  });

  it('breaks ties by list order and ignores zero bids', () => {
    const reader = (name: string, score: number): Reader => ({ name, match: () => score, read: async () => ({ kind: 'feed', format: 'rss', items: [] }) });
    expect(chooseReader(input('x'), [reader('a', 0.5), reader('b', 0.5)]).name).toBe('a');
    expect(chooseReader(input('x'), [reader('a', 0.4), reader('b', 0.5)]).name).toBe('b');
    expect(() => chooseReader(input('x'), [reader('a', 0)])).toThrow(/^is not a format Truce reads \(it looks like plain text\)/);
  });
});

describe('readInput', () => {
  it('chooses and reads', async () => {
    const result = await readInput(input(await tinyPdf(), 'download'));
    expect(result).toMatchObject({ kind: 'document', text: 'A ceasefire took effect at midnight.', metadata: { format: 'pdf' } });
    const feed = await readInput(input(RSS));
    expect(feed).toEqual({ kind: 'feed', format: 'rss', title: 'T', items: [{ url: 'https://e.org/1' }] });
  });

  it('turns a truncated PDF into a ReadError, not a crash', async () => {
    const bytes = await tinyPdf();
    await expect(readInput(input(bytes.slice(0, bytes.length >> 1)))).rejects.toThrow(/^is a truncated or damaged PDF: /);
  });
});
