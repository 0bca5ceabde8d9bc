import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.js';

describe('spreadsheetSafe', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('defuses %j', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(spreadsheetSafe('Tovuz')).toBe('Tovuz');
    expect(spreadsheetSafe(-3)).toBe(-3);
    expect(spreadsheetSafe(null)).toBe('');
  });
});
