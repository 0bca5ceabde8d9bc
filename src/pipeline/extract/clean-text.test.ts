import { describe, expect, it } from 'vitest';
import { cleanText, toOriginal } from './clean-text.js';
import { splitSentences } from './sentences.js';
import type { CleanText } from './types.js';

// Every fixture here was written for these tests: a made-up quarrel over a spring in the
// "upper Varena" valley, laid out the way PDF extraction and web copying lay reports out.

const text = (raw: string) => cleanText(raw).text;
const reasons = (raw: string) => cleanText(raw).removed.map((r) => r.reason);
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl' };
/** Letters and digits only: what must survive cleaning unchanged. */
const norm = (s: string) => s.replace(/[\ufb00-\ufb04]/g, (c) => LIGATURES[c]).replace(/[\s\u00ad\ufeff\u200b-\u200d-]/g, '');

/** The offset map's promises: one entry per character plus the end, in order, each pointing at that character. */
function offsetProblems(original: string, clean: CleanText): string[] {
  const { text: t, offsets } = clean;
  const problems: string[] = [];
  if (offsets.length !== t.length + 1) problems.push(`offsets has ${offsets.length} entries for ${t.length} characters`);
  if (offsets[t.length] !== original.length) problems.push('last offset is not the original length');
  for (let i = 0; i < t.length && problems.length < 5; i++) {
    if (offsets[i] < 0 || offsets[i] >= original.length) problems.push(`offset ${i} out of range`);
    if (i > 0 && offsets[i] < offsets[i - 1]) problems.push(`offset ${i} goes backwards`);
    const c = t[i];
    if (c === ' ' || c === '\n') continue;
    const o = original[offsets[i]];
    if (o !== c && !(LIGATURES[o] ?? '').includes(c)) problems.push(`char ${i} ${JSON.stringify(c)} maps to ${JSON.stringify(o)}`);
  }
  return problems;
}

/** Each sentence, mapped back and with removed stretches cut out, holds the same letters as the original. */
function spanProblems(original: string, clean: CleanText): string[] {
  const problems: string[] = [];
  for (const s of splitSentences(clean.text)) {
    const at = toOriginal(clean, s.start, s.end);
    let back = '';
    let from = at.start;
    for (const r of clean.removed) {
      if (r.end <= from || r.start >= at.end) continue;
      back += original.slice(from, r.start);
      from = r.end;
    }
    back += original.slice(from, at.end);
    if (norm(back) !== norm(s.text)) problems.push(`${JSON.stringify(s.text)} <- ${JSON.stringify(back)}`);
  }
  return problems;
}

// A two-column PDF page as text extraction gives it: a running header, a page number, words
// split at line ends, a pull quote and a photo caption dropped into the middle of sentences.
const PDF = [
  'Water and Borders in the Upper Varena',
  'Valley Review',
  '',
  'The quarrel over the upper Varena ',
  'began when two villages claimed the ',
  'same spring. For years the local coun-',
  'cils met every autumn to share the ',
  'water, and the arrangement held until ',
  'a dry summer pushed both sides to dig ',
  'new channels toward the Nagorno-',
  'Karabakh road in 1992-',
  '1994. ',
  '',
  'In March 2011 the provincial court ',
  'ruled that the spring belonged to nei-',
  'ther village alone. The ruling was ',
  'ignored, however, and by the follow-',
  'ing year guards stood at every sluice ',
  'gate along the upper course of the ',
  'river, watching the other bank.',
  '',
  '12',
  '',
  'Valley Review',
  '',
  'Talks resumed in 2014 under the me-',
  'diation of a regional water board. ',
  'The board proposed a rota that ',
  'would give each village the spring ',
  '',
  'Guards stood at every ',
  'sluice gate along the ',
  'upper course of the river, ',
  'watching the other bank',
  ' on alternate days, and both councils ',
  'accepted it in principle. Yet the rota ',
  'was never put into practice, because ',
  'neither side would withdraw its ',
  '',
  'A flooded field near ',
  'the lower sluice on ',
  'May 3, 2016, after a ',
  'channel wall gave way.',
  '',
  'ANNA BELL / ',
  'WIRE',
  ' guards first. Tension peaked in 2019, ',
  'when a channel wall collapsed and ',
  'flooded the fields below the sluice.',
  '',
  '13',
  '',
  'Valley Review',
  '',
  'A Rota on Paper',
  '',
  'The councils met again in the spring ',
  'of 2021 and signed the rota a second ',
  'time, now with a joint committee to ',
  'read the gauges each month.',
].join('\n');

describe('cleanText: line ends, spaces and hyphens', () => {
  it('returns nothing for empty or blank input', () => {
    for (const raw of ['', '\n', '   \r\n\t\n', '\ufeff']) {
      const clean = cleanText(raw);
      expect(clean.text).toBe('');
      expect([...clean.offsets]).toEqual([raw.length]);
      expect(clean.removed).toEqual([]);
    }
  });
  it('keeps a single line as it is, with offsets one to one', () => {
    const clean = cleanText('The gates stayed shut.');
    expect(clean.text).toBe('The gates stayed shut.');
    expect([...clean.offsets]).toEqual([...Array(23).keys()]);
  });
  it('drops a BOM and reads \\r\\n and \\r as line ends', () => {
    expect(text('\ufeffThe gates\r\nstayed shut.\r\n')).toBe('The gates stayed shut.');
    expect(text('The gates\rstayed shut.\r\rThey opened in May.')).toBe('The gates stayed shut.\n\nThey opened in May.');
  });
  it('turns odd spaces into one plain space', () => {
    expect(text('two\u00a0villages,\tone \u2009 spring\u202fand\u3000a  court')).toBe('two villages, one spring and a court');
    expect(text('the spr\u200bing')).toBe('the spring');
  });
  it('joins a word split at a line end when the rest starts lowercase', () => {
    expect(text('a sudden escala-\ntion followed')).toBe('a sudden escalation followed');
    expect(text('a sudden escala\u00ad\ntion followed')).toBe('a sudden escalation followed');
    expect(text('the vio-\n\nlent dispute')).toBe('the violent dispute');
  });
  it('keeps the hyphen when the rest starts with a capital or a digit', () => {
    expect(text('the Nagorno-\nKarabakh road')).toBe('the Nagorno-Karabakh road');
    expect(text('between 1992-\n1994 the war')).toBe('between 1992-1994 the war');
  });
  it('does not take a spaced dash at a line end for a split word', () => {
    expect(text('the spring -\nand the river')).toBe('the spring - and the river');
  });
  it('expands ligatures from PDF fonts', () => {
    const raw = 'the \ufb01elds \ufb02ooded';
    expect(text(raw)).toBe('the fields flooded');
    expect(offsetProblems(raw, cleanText(raw))).toEqual([]);
  });
});

describe('cleanText: paragraphs', () => {
  it('joins the lines of a paragraph with spaces', () => {
    expect(text('The councils met every\nautumn to share the\nwater.')).toBe('The councils met every autumn to share the water.');
  });
  it('keeps a blank line as a paragraph break', () => {
    expect(text('The gates stayed shut.\n\nThe fields dried out.')).toBe('The gates stayed shut.\n\nThe fields dried out.');
    expect(text('The gates stayed shut.\n\n\n\n  The fields dried out.')).toBe('The gates stayed shut.\n\nThe fields dried out.');
  });
  it('breaks after a short line that ends a sentence', () => {
    const raw = 'The councils met every autumn to\nshare the water of the spring.\nIt held.\nThen came a dry summer and the\nguards went up.';
    expect(text(raw)).toBe('The councils met every autumn to share the water of the spring. It held.\n\nThen came a dry summer and the guards went up.');
  });
  it('reads a blank line in mid-sentence as a column break, not a paragraph', () => {
    expect(text('the board of the\n\nregional water office')).toBe('the board of the regional water office');
    expect(text('guards at every gate,\n\nWatchers on the bank')).toBe('guards at every gate, Watchers on the bank');
    const body = 'The councils met every autumn to\nshare the water of the spring and\nthe arrangement held until the dry\n\nSummer Festival of the valley.';
    expect(text(body)).toBe('The councils met every autumn to share the water of the spring and the arrangement held until the dry Summer Festival of the valley.');
  });
  it('keeps headings apart from the text around them', () => {
    expect(text('A Rota on Paper\n\nThe councils met again.')).toBe('A Rota on Paper\n\nThe councils met again.');
    const raw = 'the rota held for two full years after it\nwas signed by both councils at the board.\nAftermath\n\nThe gauges were read monthly.';
    expect(text(raw)).toBe('the rota held for two full years after it was signed by both councils at the board.\n\nAftermath\n\nThe gauges were read monthly.');
  });
});

describe('cleanText: a PDF page with a pull quote, a caption, headers and page numbers', () => {
  const clean = cleanText(PDF);
  const sentences = splitSentences(clean.text).map((s) => s.text);

  it('removes the pull quote and joins the sentence it cut', () => {
    expect(clean.removed.filter((r) => r.reason === 'pull quote').map((r) => r.text)).toEqual([expect.stringMatching(/^Guards stood at every[^]*other bank$/)]);
    expect(sentences).toContain('The board proposed a rota that would give each village the spring on alternate days, and both councils accepted it in principle.');
  });
  it('keeps the passage the pull quote repeats', () => {
    expect(clean.text).toContain('by the following year guards stood at every sluice gate along the upper course of the river, watching the other bank.');
  });
  it('removes the caption with its credit, so its date is not read as the text’s', () => {
    const caption = clean.removed.find((r) => r.reason === 'caption');
    expect(caption?.text).toMatch(/^A flooded field near[^]*ANNA BELL \/ \nWIRE$/);
    expect(clean.text).not.toContain('May 3, 2016');
    expect(clean.text).not.toContain('ANNA BELL');
    expect(sentences).toContain('Yet the rota was never put into practice, because neither side would withdraw its guards first.');
  });
  it('removes the running header and the page numbers but keeps the title', () => {
    expect(clean.removed.filter((r) => r.reason === 'header').map((r) => r.text)).toEqual(['Valley Review', '12', 'Valley Review', '13', 'Valley Review']);
    expect(clean.text.startsWith('Water and Borders in the Upper Varena\n\nThe quarrel')).toBe(true);
  });
  it('undoes line-end hyphens the right way', () => {
    expect(clean.text).toContain('the local councils met');
    expect(clean.text).toContain('toward the Nagorno-Karabakh road in 1992-1994.');
    expect(clean.text).toContain('under the mediation of a regional water board.');
  });
  it('keeps paragraphs and headings', () => {
    expect(clean.text).toContain('flooded the fields below the sluice.\n\nA Rota on Paper\n\nThe councils met again');
  });
  it('maps every character and every sentence back to the original', () => {
    expect(offsetProblems(PDF, clean)).toEqual([]);
    expect(spanProblems(PDF, clean)).toEqual([]);
  });
  it('lists removed text as it stands in the original', () => {
    for (const r of clean.removed) expect(PDF.slice(r.start, r.end)).toBe(r.text);
  });
  it('reads the same with Windows line ends', () => {
    const crlf = PDF.replace(/\n/g, '\r\n');
    expect(text(crlf)).toBe(clean.text);
    expect(offsetProblems(crlf, cleanText(crlf))).toEqual([]);
  });
});

describe('cleanText: captions', () => {
  it('removes a caption whose lines are interleaved with blank lines', () => {
    const raw = [
      'The board said the rota would start ',
      'on the first of the month and that ',
      'both councils had agreed to it. ',
      '',
      'Farmers wait by ',
      'the upper sluice',
      '',
      'gate during talks ',
      'in Lor, on June ',
      '',
      '9, 2015.',
      '',
      'TOMAS REED / DESK',
      ' The councils had not met for two ',
      'years before that week in June.',
    ].join('\n');
    const clean = cleanText(raw);
    expect(clean.removed.map((r) => r.reason)).toEqual(['caption']);
    expect(clean.text).toBe(
      'The board said the rota would start on the first of the month and that both councils had agreed to it.\n\nThe councils had not met for two years before that week in June.',
    );
    expect(spanProblems(raw, clean)).toEqual([]);
  });
  it('removes credit lines of several kinds', () => {
    expect(reasons('Image by Tomas Reed\n\nThe gates opened on Monday.')).toEqual(['caption']);
    expect(text('Photo: Tomas Reed\n\nThe gates opened on Monday.')).toBe('The gates opened on Monday.');
    expect(text('Photo by Tomas Reed for Valley Review\n\nThe gates opened on Monday.')).toBe('The gates opened on Monday.');
    const opened = 'The gates of the upper sluice opened on Monday morning after a week of talks.';
    expect(text(`${opened}\n\n(Reuters)\n\nThe fields were flooded by evening.`)).toBe(`${opened}\n\nThe fields were flooded by evening.`);
    expect(text('Conclusion\n\nTOMAS REED / DESK\n\nThe fields were flooded by evening.')).toBe('Conclusion\n\nThe fields were flooded by evening.');
  });
  it('takes the short description right above a web credit line, but not a heading', () => {
    const long = 'The two councils signed the rota on Tuesday after three dry summers, ending a quarrel that had kept guards at the gates.';
    const raw = `${long}\n\nGuards at the lower gate in 2019.\nPhoto: Tomas Reed / Desk\n\n${long.replace('Tuesday', 'Friday')}`;
    expect(text(raw)).not.toContain('2019');
    const heading = `${long}\n\nA Game of Water\n\nImage by Tomas Reed\n\n${long.replace('Tuesday', 'Friday')}`;
    expect(text(heading)).toContain('A Game of Water');
  });
  it('leaves body lines that merely mention a photo', () => {
    const raw = 'The board published a photo of the\nbroken wall and said repairs would\nbegin at once.';
    expect(cleanText(raw).removed).toEqual([]);
  });
});

describe('cleanText: pull quotes', () => {
  it('keeps text that repeats only briefly', () => {
    const raw = 'The councils met in the spring.\n\nThe councils met in the spring.';
    expect(cleanText(raw).removed).toEqual([]);
  });
  it('does not remove both copies of a passage', () => {
    const para = 'The councils met again in the spring \nof 2021 and signed the rota a second \ntime, now with a joint committee to \nread the gauges each month.';
    const clean = cleanText(`${para}\n\n${para}`);
    expect(clean.text).toContain('read the gauges each month.');
  });
  it('removes a whole web paragraph that repeats the start of the next one', () => {
    const lead = 'On March 4 the two councils of the upper Varena signed a rota for the spring.';
    const raw = `Valley councils share the spring\n\n${lead}\n\n${lead} It gives each village the water on alternate days.`;
    const clean = cleanText(raw);
    expect(clean.removed.map((r) => r.reason)).toEqual(['pull quote']);
    expect(clean.text).toBe(`Valley councils share the spring\n\n${lead} It gives each village the water on alternate days.`);
  });
});

describe('cleanText: web boilerplate', () => {
  const WEB = [
    'We use cookies to improve your experience. Accept all cookies',
    'Share this',
    '',
    'Valley councils agree to share the spring again',
    '',
    'Image by Tomas Reed',
    '',
    'After three dry summers, the two councils of the upper Varena signed a water rota on Tuesday, ending a quarrel that had kept guards at the sluice gates since 2012.',
    '',
    'Subscribe to our newsletter',
    '',
    'The rota gives each village the spring on alternate days. A joint committee will read the gauges every month, and either council may ask the regional board to step in.',
    '',
    'Mara Quill',
    'Mara Quill',
    'Mara Quill holds a doctoral degree in hydrology and is currently a research fellow at a water institute. Her main research concerns rivers shared by two communities.',
    '',
    'Related articles',
    '',
    'Start the conversation',
    '',
    'Authors, please log in \u00a0»',
    '',
    '',
    '  • All comments are reviewed by a moderator. Post each comment only once.',
    '  • Please treat others with respect. Abusive comments will be deleted.',
  ].join('\n');
  const clean = cleanText(WEB);

  it('keeps the article itself', () => {
    expect(clean.text).toBe(
      [
        'Valley councils agree to share the spring again',
        'After three dry summers, the two councils of the upper Varena signed a water rota on Tuesday, ending a quarrel that had kept guards at the sluice gates since 2012.',
        'The rota gives each village the spring on alternate days. A joint committee will read the gauges every month, and either council may ask the regional board to step in.',
      ].join('\n\n'),
    );
  });
  it('says why each part was removed', () => {
    expect(clean.removed.map((r) => [r.reason, r.text.slice(0, 20)])).toEqual([
      ['boilerplate', 'We use cookies to im'],
      ['caption', 'Image by Tomas Reed'],
      ['boilerplate', 'Subscribe to our new'],
      // The bio and the comment form below it are one stretch.
      ['boilerplate', 'Mara Quill\nMara Quil'],
    ]);
    expect(clean.removed.at(-1)?.text).toMatch(/Related articles[^]*respect\. Abusive comments will be deleted\.$/);
    expect(spanProblems(WEB, clean)).toEqual([]);
  });
  it('removes a bio paragraph that starts with the author’s name', () => {
    const raw = 'The gates opened on Monday and the water reached the lower fields by noon.\n\nMara Quill is a journalist and research fellow who has covered the valley since 2015.';
    expect(reasons(raw)).toEqual(['boilerplate']);
  });
  it('keeps a last paragraph that starts with a name but is news', () => {
    const raw = 'The gates opened on Monday.\n\nPetra Lind is expected to visit the valley next week to inspect the gauges.';
    expect(cleanText(raw).removed).toEqual([]);
    const heading = 'The gates opened on Monday.\n\nFinal Words\n\nThe rota is working, and the research station says the spring is full again.';
    expect(cleanText(heading).removed).toEqual([]);
  });
});

/** A seeded generator, so the big inputs are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'river spring council village gate sluice board water field channel guard summer autumn rota gauge committee court ruling ' +
  'valley bank road border dispute meeting agreement talks season harvest drought flood wall tower bridge mill farmer ' +
  'shepherd market mayor clerk ledger quarrel survey measure share alternate upper lower northern southern eastern western ' +
  'quietly slowly again later never always seldom before after during across along beyond beneath toward against'
).split(' ');

/** A long wrapped "PDF" of made-up prose, with captions and headers every few paragraphs. */
function bigPdf(bytes: number): string {
  const next = random(7);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const lines: string[] = [];
  let size = 0;
  let paragraphs = 0;
  while (size < bytes) {
    const words: string[] = [];
    const sentences = 3 + Math.floor(next() * 4);
    for (let s = 0; s < sentences; s++) {
      const n = 8 + Math.floor(next() * 12);
      for (let w = 0; w < n; w++) words.push(w === 0 ? pick().replace(/^./, (c) => c.toUpperCase()) : pick());
      words[words.length - 1] += '.';
    }
    let line = '';
    for (const w of words) {
      if (line.length + w.length > 38) {
        if (w.length > 6 && next() < 0.3) {
          lines.push(`${line}${w.slice(0, 3)}-`);
          line = `${w.slice(3)} `;
          continue;
        }
        lines.push(line);
        line = '';
      }
      line += `${w} `;
    }
    lines.push(line, '');
    if (++paragraphs % 25 === 0) lines.push('Valley Review', '', String(paragraphs), '', 'A dry field near ', 'the gate on May ', '3, 2016.', '', 'ANNA BELL / WIRE', '');
    size += words.join(' ').length + 80;
  }
  return lines.join('\n');
}

describe('cleanText on large and hostile input', () => {
  it('cleans a 5 MB wrapped report', () => {
    const raw = bigPdf(5_000_000);
    const clean = cleanText(raw);
    expect(clean.text.length).toBeGreaterThan(raw.length * 0.8);
    expect(clean.text).not.toContain('ANNA BELL');
    expect(clean.text).not.toContain('Valley Review');
    expect(offsetProblems(raw, clean)).toEqual([]);
  });
  it('cleans a 5 MB single line', () => {
    const raw = 'The gates of the upper valley stayed shut all summer. '.repeat(95_000);
    const clean = cleanText(raw);
    expect(clean.text).toBe(raw.trim());
  });
  it('cleans the same page pasted a thousand times without losing all of it', () => {
    const clean = cleanText(PDF.repeat(1000));
    expect(clean.text).toContain('neither side would withdraw its guards first.');
  });
  it('never throws on junk, and keeps its promises', () => {
    const next = random(11);
    const alphabet = ['a', 'B', ' ', '\n', '\r', '\t', '-', '\u00ad', '.', '/', '\u00a0', '\ufeff', '\ud800', '\u0000', 'é', 'Ğ', '\ufb01', '1', '“', ')'];
    for (let round = 0; round < 300; round++) {
      let raw = '';
      const n = Math.floor(next() * 400);
      for (let i = 0; i < n; i++) raw += alphabet[Math.floor(next() * alphabet.length)];
      const clean = cleanText(raw);
      expect(offsetProblems(raw, clean)).toEqual([]);
    }
    const bytes = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => cleanText(bytes)).not.toThrow();
  });
});

describe('toOriginal', () => {
  it('maps a cleaned span across a joined hyphen and a removed caption', () => {
    const clean = cleanText(PDF);
    const at = clean.text.indexOf('withdraw its guards first');
    const back = toOriginal(clean, at, at + 'withdraw its guards first'.length);
    expect(PDF.slice(back.start, back.end)).toMatch(/^withdraw its \n\nA flooded field[^]*WIRE\n guards first$/);
    const word = clean.text.indexOf('councils met');
    expect(PDF.slice(toOriginal(clean, word, word + 8).start, toOriginal(clean, word, word + 8).end)).toBe('coun-\ncils');
  });
  it('clamps spans outside the text and handles empty ones', () => {
    const clean = cleanText('The gates stayed shut.');
    expect(toOriginal(clean, -5, 100)).toEqual({ start: 0, end: 22 });
    expect(toOriginal(clean, 4, 4)).toEqual({ start: 4, end: 4 });
    expect(toOriginal(cleanText(''), 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
