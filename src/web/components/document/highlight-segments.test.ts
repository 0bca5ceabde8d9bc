import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
  it('cuts plain text around a span', () => {
    expect(highlightSegments(10, [{ claim_id: 'a', start: 2, end: 5 }])).toEqual([
      { start: 0, end: 2, claims: [] },
      { start: 2, end: 5, claims: ['a'] },
      { start: 5, end: 10, claims: [] },
    ]);
  });
  it('splits overlapping spans into segments each naming every claim over it', () => {
    expect(highlightSegments(8, [{ claim_id: 'a', start: 0, end: 5 }, { claim_id: 'b', start: 3, end: 8 }])).toEqual([
      { start: 0, end: 3, claims: ['a'] },
      { start: 3, end: 5, claims: ['a', 'b'] },
      { start: 5, end: 8, claims: ['b'] },
    ]);
  });
  it('clips spans outside the text and drops empty ones', () => {
    expect(highlightSegments(4, [{ claim_id: 'a', start: 2, end: 99 }, { claim_id: 'b', start: 3, end: 3 }])).toEqual([
      { start: 0, end: 2, claims: [] },
      { start: 2, end: 4, claims: ['a'] },
    ]);
  });
  it('gives one plain segment when nothing is highlighted, none for an empty text', () => {
    expect(highlightSegments(3, [])).toEqual([{ start: 0, end: 3, claims: [] }]);
    expect(highlightSegments(0, [])).toEqual([]);
  });
});
