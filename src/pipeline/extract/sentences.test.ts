import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

// Sentences written for these tests, about a made-up quarrel over a spring in a valley.
const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences: basics', () => {
  it('finds nothing in empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n \t ')).toEqual([]);
  });
  it('keeps one line without final punctuation as one sentence', () => {
    expect(split('Water rights in the upper valley')).toEqual(['Water rights in the upper valley']);
  });
  it('splits at full stops, question and exclamation marks', () => {
    expect(split('The gates opened. Was it over? Nobody knew! The talks went on.')).toEqual(['The gates opened.', 'Was it over?', 'Nobody knew!', 'The talks went on.']);
  });
  it('gives offsets into the text, the trimmed sentence, an index and a paragraph', () => {
    const text = '  The gates opened.   The fields filled.\n\nA new season began.  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.index, s.paragraph, s.text])).toEqual([
      [0, 0, 'The gates opened.'],
      [1, 0, 'The fields filled.'],
      [2, 1, 'A new season began.'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not count empty paragraphs', () => {
    expect(splitSentences('\n\n\n\nThe gates opened.\n\n\n\n\nThe fields filled.').map((s) => s.paragraph)).toEqual([0, 1]);
  });
});

describe('splitSentences: where a full stop does not end a sentence', () => {
  it('reads titles and ranks before a name', () => {
    expect(split('Gen. Aram Vosk met Lt. Col. Dana Ferris at the gate. Mr. and Mrs. Ortega waited. Dr. Lind and Prof. Hale came later.')).toEqual([
      'Gen. Aram Vosk met Lt. Col. Dana Ferris at the gate.',
      'Mr. and Mrs. Ortega waited.',
      'Dr. Lind and Prof. Hale came later.',
    ]);
    expect(split('Maj. Reyes and Sgt. Obi crossed at St. Anne’s bridge. They were stopped.')).toEqual(['Maj. Reyes and Sgt. Obi crossed at St. Anne’s bridge.', 'They were stopped.']);
  });
  it('reads dotted abbreviations of countries and bodies', () => {
    expect(split('The U.S. and the U.N. asked for calm. The E.U. agreed, and so did the U.K. Foreign Office.')).toEqual([
      'The U.S. and the U.N. asked for calm.',
      'The E.U. agreed, and so did the U.K. Foreign Office.',
    ]);
  });
  it('ends a sentence after an abbreviation when a new sentence plainly starts', () => {
    expect(split('The board wrote to the U.S. The reply came in May.')).toEqual(['The board wrote to the U.S.', 'The reply came in May.']);
    expect(split('They counted gates, wells, mills, etc. The count took a week.')).toEqual(['They counted gates, wells, mills, etc.', 'The count took a week.']);
  });
  it('reads e.g., i.e., vs. and v.', () => {
    expect(split('Some villages (e.g., Lor) lost water, i.e., their wells ran dry. Lor vs. Dara was heard in June.')).toEqual([
      'Some villages (e.g., Lor) lost water, i.e., their wells ran dry.',
      'Lor vs. Dara was heard in June.',
    ]);
    expect(split('The case Lor v. Dara was heard in June. It lasted a day.')).toEqual(['The case Lor v. Dara was heard in June.', 'It lasted a day.']);
  });
  it('reads month abbreviations before a day', () => {
    expect(split('Talks ran from Jan. 4 to Feb. 9, then from Aug. 2 to Sept. 30. Another round began on Oct. 5 and ended Nov. 1. Dec. 12 was quiet.')).toEqual([
      'Talks ran from Jan. 4 to Feb. 9, then from Aug. 2 to Sept. 30.',
      'Another round began on Oct. 5 and ended Nov. 1.',
      'Dec. 12 was quiet.',
    ]);
  });
  it('reads a.m. and p.m.', () => {
    expect(split('Shelling began at 4 a.m. local time and stopped at 6 p.m. The next day was calm.')).toEqual([
      'Shelling began at 4 a.m. local time and stopped at 6 p.m.',
      'The next day was calm.',
    ]);
  });
  it('reads initials', () => {
    expect(split('The report by J. R. Hollis came out. A. Vane replied.')).toEqual(['The report by J. R. Hollis came out.', 'A. Vane replied.']);
  });
  it('reads decimals and numbered things', () => {
    expect(split('Water use rose 12.8% in May. Road No. 5 was closed. Gate no. 3 stayed open.')).toEqual([
      'Water use rose 12.8% in May.',
      'Road No. 5 was closed.',
      'Gate no. 3 stayed open.',
    ]);
  });
  it('does not split before a lowercase word', () => {
    expect(split('He said it was over. and then left.')).toEqual(['He said it was over. and then left.']);
  });
});

describe('splitSentences: quotes, ellipses, headings and footnotes', () => {
  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(split('The mayor said, "We will share the water." Then she left.')).toEqual(['The mayor said, "We will share the water."', 'Then she left.']);
    expect(split('The clerk wrote: “The gates stay shut.” The farmers objected. (They had no choice.) Talks resumed.')).toEqual([
      'The clerk wrote: “The gates stay shut.”',
      'The farmers objected.',
      '(They had no choice.)',
      'Talks resumed.',
    ]);
    expect(split('“Is it over?” he asked. Nobody answered.')).toEqual(['“Is it over?” he asked.', 'Nobody answered.']);
  });
  it('starts a sentence at an opening quote', () => {
    expect(split('The clerk paused. “We begin at dawn,” he said.')).toEqual(['The clerk paused.', '“We begin at dawn,” he said.']);
  });
  it('reads ellipses', () => {
    expect(split('They waited... Then the gates opened.')).toEqual(['They waited...', 'Then the gates opened.']);
    expect(split('They waited… and waited.')).toEqual(['They waited… and waited.']);
    expect(split('He asked for “water for all […] villages on the bank.” They agreed.')).toEqual(['He asked for “water for all […] villages on the bank.”', 'They agreed.']);
  });
  it('ends a heading at the paragraph break', () => {
    expect(splitSentences('A Rota on Paper\n\nThe councils met again.').map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'A Rota on Paper'],
      [1, 'The councils met again.'],
    ]);
  });
  it('keeps a footnote number glued after the full stop with its sentence', () => {
    expect(split('The court issued two rulings.1 The councils ignored both.')).toEqual(['The court issued two rulings.1', 'The councils ignored both.']);
    expect(split('The mayor called it “a fair deal.”12 The board disagreed.')).toEqual(['The mayor called it “a fair deal.”12', 'The board disagreed.']);
    expect(split('Only two incidents were logged in 2019.3 The next year was worse.')).toEqual(['Only two incidents were logged in 2019.3', 'The next year was worse.']);
    expect(split('Use fell in May 2021.7\n\nA new rota began.')).toEqual(['Use fell in May 2021.7', 'A new rota began.']);
    expect(split('The gates stayed shut until August 4.13 The valley council met again.')).toEqual(['The gates stayed shut until August 4.13', 'The valley council met again.']);
  });
  it('does not take a decimal for a footnote', () => {
    expect(split('The level fell to 3.5 Metres below the mark, the clerk wrote.')).toEqual(['The level fell to 3.5 Metres below the mark, the clerk wrote.']);
  });
});

describe('splitSentences on large input', () => {
  it('splits 10 MB of text', () => {
    const paragraph = 'Gen. Vosk met the U.N. envoy at 4 p.m. on Jan. 5. Water use rose 12.8% that year.1 “We will share,” the mayor said. Was it over? Not yet...\n\n';
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const sentences = splitSentences(text);
    const per = splitSentences(paragraph).length;
    expect(per).toBe(5);
    expect(sentences.length).toBe(per * Math.ceil(10_000_000 / paragraph.length));
    expect(sentences.at(-1)?.paragraph).toBe(Math.ceil(10_000_000 / paragraph.length) - 1);
  });
  it('never throws on junk', () => {
    const junk = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => splitSentences(junk)).not.toThrow();
    for (const s of splitSentences('...!?.\n\n.. .”1 “ ) . 12.')) expect(s.text.length).toBeGreaterThan(0);
  });
});
