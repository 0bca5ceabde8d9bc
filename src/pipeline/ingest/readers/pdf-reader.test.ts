import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfReader } from './pdf-reader.js';
import { ReadError, type RawInput } from './reader-types.js';

const input = (bytes: Uint8Array, name = 'report.pdf'): RawInput => ({ bytes, name });

/** A three-page report with a running header, "Page n of 3" footers and words broken at line ends. */
async function report(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Weekly monitoring report');
  doc.setAuthor('Field Office');
  doc.setCreationDate(new Date('2024-03-05T12:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bodies = [
    ['Observers recorded shelling near the', 'line of contact. Both sides blamed the', 'other for breaking the truce.', '', 'Talks on a new round of negoti-', 'ations were postponed until the', 'spring.'],
    ['The mission visited villages in the', 'Nagorno-Karabakh region and spoke', 'to residents of Nagorno-', 'Karabakh about the', 'damage.'],
    ['No casualties were reported on', 'the last day of the week.'],
  ];
  bodies.forEach((lines, p) => {
    const page = doc.addPage([595, 842]);
    page.drawText('Monitoring Mission - Weekly Report 12', { x: 50, y: 800, size: 9, font });
    let y = 740;
    for (const line of lines) {
      if (line === '') y -= 10; // a wider gap: new paragraph
      else page.drawText(line, { x: 50, y, size: 12, font });
      y -= 15;
    }
    page.drawText(`Page ${p + 1} of 3`, { x: 270, y: 30, size: 9, font });
  });
  return doc.save();
}

const read = async (bytes: Uint8Array) => {
  const result = await pdfReader.read(input(bytes));
  if (result.kind !== 'document') throw new Error('expected a document');
  return result;
};

describe('pdfReader', () => {
  it('leaves JSON and Array.prototype.push as Node made them (pdfjs’s polyfills would slow every later write)', async () => {
    const natives = [JSON.stringify, JSON.parse, Array.prototype.push];
    await read(await report());
    expect([JSON.stringify, JSON.parse, Array.prototype.push]).toEqual(natives);
    expect(String(JSON.stringify)).toContain('[native code]');
  });

  it('reads text in paragraphs, without running headers or page numbers, with broken words mended', async () => {
    const { text } = await read(await report());
    expect(text).toBe(
      [
        'Observers recorded shelling near the line of contact. Both sides blamed the other for breaking the truce.',
        'Talks on a new round of negotiations were postponed until the spring.',
        'The mission visited villages in the Nagorno-Karabakh region and spoke to residents of Nagorno-Karabakh about the damage.',
        'No casualties were reported on the last day of the week.',
      ].join('\n\n'),
    );
  });

  it('reads title, author and creation date from the document info', async () => {
    const { metadata } = await read(await report());
    expect(metadata).toEqual({ title: 'Weekly monitoring report', author: 'Field Office', published: '2024-03-05', language: 'en', format: 'pdf' });
  });

  it('reads two columns one after the other, not interleaved', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('Two column bulletin', { x: 50, y: 790, size: 16, font });
    const left = ['Left column starts', 'here and keeps on', 'going down the', 'page for a while', 'until it ends.'];
    const right = ['Right column has', 'its own story that', 'must not be mixed', 'with the left one', 'at any point.'];
    left.forEach((line, i) => page.drawText(line, { x: 50, y: 740 - i * 15, size: 11, font }));
    right.forEach((line, i) => page.drawText(line, { x: 320, y: 740 - i * 15, size: 11, font }));
    const { text } = await read(await doc.save());
    expect(text).toBe(`Two column bulletin\n\n${left.join(' ')}\n\n${right.join(' ')}`);
  });

  it('refuses a PDF with no text layer', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.5, 0.5, 0.5) });
    await expect(pdfReader.read(input(await doc.save()))).rejects.toThrow(/^has no text layer \(a scanned image\?\)/);
  });

  it('refuses a truncated PDF with pdfjs’s reason', async () => {
    const bytes = await report();
    const error = await pdfReader.read(input(bytes.slice(0, Math.floor(bytes.length / 2)))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).message).toMatch(/^is a truncated or damaged PDF: \S/);
  });

  it('refuses an encrypted PDF it has no password for', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawText('secret', { x: 50, y: 700 });
    const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    // The trailer follows the xref table, so adding to it moves no object offsets.
    const hex = (n: number) => '<' + 'ab'.repeat(n) + '>';
    const encrypted = plain.replace(/trailer\s*<</, `trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -44 >> /ID [${hex(16)} ${hex(16)}]`);
    expect(encrypted).not.toBe(plain);
    await expect(pdfReader.read(input(Buffer.from(encrypted, 'latin1')))).rejects.toThrow(new ReadError('is an encrypted PDF that needs a password: save an unprotected copy and try again'));
  });

  it('refuses a file called .pdf that is not a PDF', async () => {
    await expect(pdfReader.read(input(new TextEncoder().encode('<html>not a pdf</html>')))).rejects.toThrow('is called a PDF but is not one (it has no %PDF- header)');
  });

  it('matches by the %PDF- header, and only weakly by name', async () => {
    expect(pdfReader.match(input(await report(), 'download'))).toBe(1);
    expect(pdfReader.match(input(new TextEncoder().encode('hello'), 'x.pdf'))).toBe(0.2);
    expect(pdfReader.match(input(new TextEncoder().encode('hello'), 'x.txt'))).toBe(0);
  });
});
