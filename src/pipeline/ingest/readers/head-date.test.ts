import { describe, expect, it } from 'vitest';
import { headDate } from './head-date.js';

describe('headDate', () => {
  it('reads a date on a line of its own under the title, with or without a label and time', () => {
    expect(headDate('Statement of the Ministry of Defence\n12 July 2020\n\nOn 12 July, fire was opened.')).toBe('2020-07-12');
    expect(headDate('Press release\nPublished: July 13, 2020 14:05\n\nText.')).toBe('2020-07-13');
    expect(headDate('Title\nMonday, 13 July 2020\n\nText.')).toBe('2020-07-13');
    expect(headDate('Title\n2024-03-03\n\nText.')).toBe('2024-03-03');
    expect(headDate('Title\n03.03.2024\n\nText.')).toBe('2024-03-03');
  });

  it('reads a dateline opening the first paragraph, after a byline too', () => {
    expect(headDate('Deadly clashes on the border\nYerevan, 13 July 2020 - A civilian was wounded.')).toBe('2020-07-13');
    expect(headDate('BAKU, July 14, 2020 (Wire) - Fighting went on.')).toBe('2020-07-14');
    expect(headDate('Title\nBy our correspondent, Baku, 14 July 2020\n\nClashes continued.')).toBe('2020-07-14');
    expect(headDate('Two soldiers wounded\nBaku, 3 March 2024. Two soldiers were wounded on Sunday.')).toBe('2024-03-03');
    expect(headDate('NAKHCHIVAN, 3 March 2024 (Wire) - One soldier was killed.')).toBe('2024-03-03');
  });

  it('takes no date from a sentence, a year alone, a date without its year, or a line far down', () => {
    expect(headDate('On 12 July 2020 Armenian forces opened fire near Movses.')).toBeUndefined();
    expect(headDate('Remembering the clashes of 12 July 2020\n\nSix years on.')).toBeUndefined();
    expect(headDate('Title\n2020\n\nText.')).toBeUndefined();
    expect(headDate('BAKU, Sept 14 (Reuters) - Fighting went on.')).toBeUndefined();
    expect(headDate(['a', 'b', 'c', 'd', 'e', 'f', '12 July 2020'].join('\n'))).toBeUndefined();
    expect(headDate('Title\n31 February 2020\n\nText.')).toBeUndefined();
  });
});
