import { describe, expect, it } from 'vitest';
import { figureCloseness, figuresOf } from './figure-match.js';
import { claimBy, killed } from './reconcile-fixtures.js';

describe('figure agreement', () => {
  it('reads each outcome, group and side as the median count stated, leaving denials out', () => {
    const claims = [
      claimBy('am-mod', 'd1', 1, { kind: 'casualties', casualties: [killed('AZ', 4), killed('AM', 1)] }),
      claimBy('reuters', 'd1', 2, { kind: 'casualties', casualties: [killed('AZ', 6)] }),
      claimBy('apa', 'd1', 3, { kind: 'casualties', casualties: [killed('AZ', 9)] }),
      claimBy('az-mod', 'd1', 4, { kind: 'casualties', stance: 'denies', casualties: [killed('AZ', 0)] }),
    ];
    expect(figuresOf(claims)).toEqual([
      { key: 'killed|military|AZ', count: 6 },
      { key: 'killed|military|AM', count: 1 },
    ]);
  });

  it('scores the same count 1, a count a little off less, and counts far apart or of another side 0', () => {
    const of = (side: string, n: number) => figuresOf([claimBy('x', 'd', 1, { kind: 'casualties', casualties: [killed(side, n)] })]);
    expect(figureCloseness(of('AM', 3), of('AM', 3))).toBe(1);
    expect(figureCloseness(of('AM', 4), of('AM', 3))).toBeCloseTo(2 / 3);
    expect(figureCloseness(of('AM', 25), of('AM', 3))).toBe(0);
    expect(figureCloseness(of('AZ', 3), of('AM', 3))).toBe(0);
    expect(figureCloseness([], of('AM', 3))).toBe(0);
    // Tolerance grows with the count: 40 against 36 is as close as 4 against 3.
    expect(figureCloseness(of('AM', 40), of('AM', 36))).toBeCloseTo(1 - 4 / 11);
  });
});
