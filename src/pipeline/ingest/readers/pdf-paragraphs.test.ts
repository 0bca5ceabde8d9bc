import { describe, expect, it } from 'vitest';
import { joinLines, linesToParagraphs } from './pdf-paragraphs.js';

const line = (text: string, y: number, size = 12) => ({ text, x: 50, y, size });

describe('joinLines', () => {
  it('mends a word broken at a line end, keeps real hyphens, and otherwise adds a space', () => {
    expect(joinLines('round of negoti-', 'ations')).toBe('round of negotiations');
    expect(joinLines('residents of Nagorno-', 'Karabakh')).toBe('residents of Nagorno-Karabakh');
    expect(joinLines('обстрел Гян-', 'джи')).toBe('обстрел Гянджи');
    expect(joinLines('Nagorno-Karabakh', 'talks')).toBe('Nagorno-Karabakh talks');
    expect(joinLines('a dash -', 'then')).toBe('a dash - then');
  });
});

describe('linesToParagraphs', () => {
  it('breaks paragraphs at wide gaps and font-size changes', () => {
    const page = [line('Heading', 760, 18), line('First line of text', 730), line('continues here.', 715), line('Second paragraph.', 690), line('Ends.', 675)];
    expect(linesToParagraphs([page])).toBe('Heading\n\nFirst line of text continues here.\n\nSecond paragraph. Ends.');
  });

  it('carries a sentence across a page break only when it visibly continues', () => {
    const pages = [
      [line('The talks were', 700), line('held in', 685)],
      [line('moscow on Friday.', 700), line('Text after', 685)],
      [line('A new page, new paragraph.', 700)],
    ];
    expect(linesToParagraphs(pages)).toBe('The talks were held in moscow on Friday. Text after\n\nA new page, new paragraph.');
  });
});
