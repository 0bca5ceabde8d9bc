import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text.js';
import { ReadError, type RawInput } from './reader-types.js';
import { textReader } from './text-reader.js';

const input = (text: string | Uint8Array, name = 'report.txt', contentType?: string): RawInput => ({
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  name,
  contentType,
});

const read = async (i: RawInput) => {
  const result = await textReader.read(i);
  if (result.kind !== 'document') throw new Error('expected a document');
  return result;
};

describe('textReader', () => {
  it('reads plain text as it is, with CRLF normalised and the language detected', async () => {
    const result = await read(input('Shelling was reported near Tartar on Monday morning.\r\n\r\nOfficials said two civilians were wounded.  \r\n'));
    expect(result.text).toBe('Shelling was reported near Tartar on Monday morning.\n\nOfficials said two civilians were wounded.');
    expect(result.metadata).toEqual({ format: 'text', encoding: 'utf-8', language: 'en' });
  });

  it('reads Windows-1251 text and says so', async () => {
    const bytes = Uint8Array.from([...'Гянджа'].map((c) => c.charCodeAt(0) - 0x410 + 0xc0));
    const result = await read(input(bytes));
    expect(result.text).toBe('Гянджа');
    expect(result.metadata.encoding).toBe('windows-1251');
  });

  it('does not take a plain-text first line as a title', async () => {
    expect((await read(input('Monday\n\nNothing happened.'))).metadata.title).toBeUndefined();
  });

  it('strips Markdown markup and takes the first heading as the title', async () => {
    const md = [
      '# Ceasefire *holds* in Shusha',
      '',
      'The **ceasefire** announced by [the ministry](https://example.org/m) held overnight, _officials_ said.',
      '',
      '![A damaged house](house.jpg)',
      '',
      '- First item with `code`',
      '* Second item',
      '1. Numbered',
      '',
      '> A quoted <em>statement</em>.',
      '',
      '```',
      'raw_code_line',
      '```',
      '',
      '## Background',
      'Nagorno-Karabakh and snake_case_words stay.',
    ].join('\n');
    const result = await read(input(md, 'note.md'));
    expect(result.text).toBe(
      [
        'Ceasefire holds in Shusha',
        '',
        'The ceasefire announced by the ministry held overnight, officials said.',
        '',
        'A damaged house',
        '',
        'First item with code',
        'Second item',
        'Numbered',
        '',
        'A quoted statement.',
        '',
        'raw_code_line',
        '',
        'Background',
        'Nagorno-Karabakh and snake_case_words stay.',
      ].join('\n'),
    );
    expect(result.metadata).toMatchObject({ title: 'Ceasefire holds in Shusha', format: 'markdown' });
  });

  it('reads front matter title, date and author', async () => {
    const md = '---\ntitle: "Weekly report"\ndate: 2020-10-05\nauthor: [A. One, B. Two]\n---\n\nBody text.\n';
    const result = await read(input(md, 'weekly.md'));
    expect(result.text).toBe('Body text.');
    expect(result.metadata).toMatchObject({ title: 'Weekly report', published: '2020-10-05', author: 'A. One, B. Two', format: 'markdown' });
  });

  it('recognises Markdown by its first heading even without a .md name', async () => {
    const result = await read(input('# Title here\n\nText.', 'paste'));
    expect(result.metadata).toMatchObject({ title: 'Title here', format: 'markdown' });
  });

  it('keeps text when the front matter is broken', () => {
    expect(markdownToText('---\ntitle: [unclosed\n---\nStill here.')).toEqual({ text: 'Still here.' });
  });

  it('refuses whitespace-only and empty input', async () => {
    await expect(textReader.read(input(' \n\t\n'))).rejects.toThrow(new ReadError('has no text (only whitespace or markup)'));
    await expect(textReader.read(input(''))).rejects.toThrow(new ReadError('is empty'));
  });

  it('refuses binary input', async () => {
    await expect(textReader.read(input(Uint8Array.from([0x41, 0, 1, 2, 0, 0x42])))).rejects.toThrow(/^looks binary, not text/);
  });

  it('matches text, and declines HTML, PDF, JSON and binary', () => {
    expect(textReader.match(input('Just words.', 'a.txt'))).toBe(0.7);
    expect(textReader.match(input('Just words.', 'a'))).toBe(0.5);
    expect(textReader.match(input('<!doctype html><html><body>x</body></html>', 'a.txt'))).toBe(0);
    expect(textReader.match(input('%PDF-1.7\n', 'a.txt'))).toBe(0);
    expect(textReader.match(input('{"a": 1}', 'a.txt'))).toBe(0);
    expect(textReader.match(input('[Update] shelling resumed', 'a'))).toBe(0.5);
    expect(textReader.match(input(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'a.txt'))).toBe(0);
  });

  it("takes a report's date from its head: a dateline, or a date under the title", async () => {
    expect((await read(input('Deadly clashes on the border\nYerevan, 13 July 2020 - A civilian was wounded on Monday.'))).metadata.published).toBe('2020-07-13');
    expect((await read(input('Statement of the ministry\n12 July 2020\n\nOn 12 July, fire was opened.'))).metadata.published).toBe('2020-07-12');
    // A date inside the story is not the report's.
    expect((await read(input('Fire was opened near Movses on 12 July 2020, the ministry said.'))).metadata.published).toBeUndefined();
    // Front matter wins over the head.
    expect((await read(input('---\ndate: 2020-07-20\n---\n# Statement\n\n12 July 2020\n\nText.', 'note.md'))).metadata.published).toBe('2020-07-20');
  });
});
