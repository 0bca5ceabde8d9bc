import { describe, expect, it } from 'vitest';
import type { PdfLine } from './pdf-lines.js';
import { dropRunningLines } from './pdf-running-lines.js';

const page = (...texts: string[]): PdfLine[] => texts.map((text, i) => ({ text, x: 50, y: 800 - i * 20, size: 12 }));
const texts = (pages: PdfLine[][]) => pages.map((p) => p.map((l) => l.text));

describe('dropRunningLines', () => {
  it('drops a header repeated on half the pages, digits ignored, and bare page numbers', () => {
    const pages = [
      page('OSCE Report 2020 No. 1', 'Title of the report', 'Body one.', 'More body.', '- 1 -'),
      page('OSCE Report 2020 No. 2', 'Body two.', 'More body.', 'Still body.', 'Page 2 of 4'),
      page('Body three.', 'Shelling.', 'Yet more.', 'Talks.', '3'),
      page('Body four.', 'Truce.', 'Yet more.', 'Aid.', 'стр. 4'),
    ];
    expect(texts(dropRunningLines(pages))).toEqual([
      ['Title of the report', 'Body one.', 'More body.'],
      ['Body two.', 'More body.', 'Still body.'],
      ['Body three.', 'Shelling.', 'Yet more.', 'Talks.'],
      ['Body four.', 'Truce.', 'Yet more.', 'Aid.'],
    ]);
  });

  it('keeps repeated lines in the middle of a page, and a single page’s first line', () => {
    const pages = [page('Head', 'a', 'Refrain', 'b', 'c', 'd'), page('Other', 'e', 'f', 'Refrain', 'g', 'h')];
    expect(texts(dropRunningLines(pages))).toEqual(texts(pages));
    expect(texts(dropRunningLines([page('Only page title', 'Body 12')]))).toEqual([['Only page title', 'Body 12']]);
  });
});
